/// <reference types="vite/client" />

declare module 'virtual:world' {
  const layout: import('./geo/world-shapes.ts').WorldLayout;
  export default layout;
}

declare module 'virtual:dataset' {
  const dataset: import('./model/schema.ts').Dataset;
  export default dataset;
}

declare module 'virtual:arcs' {
  /** SVG path of the great-circle arc from Astana to each country, by ISO alpha-3. */
  const arcs: Record<string, string>;
  export default arcs;
}

declare module 'virtual:tour' {
  const tour: import('./model/tour-schema.ts').Tour;
  export default tour;
}
