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
  /** Great-circle arcs from the built-in dataset's capital, and what it takes to draw them from another. */
  const arcs: import('./geo/arc-paths.ts').ArcData;
  export default arcs;
}

declare module 'virtual:tour' {
  const tour: import('./model/tour-schema.ts').Tour;
  export default tour;
}

declare module 'virtual:labels' {
  /** Each outline's label point and room (src/geo/label-points.ts), by ISO 3166-1 alpha-3 id. */
  const points: Record<string, import('./geo/label-points.ts').LabelPoint>;
  export default points;
}

declare module 'virtual:world-50m' {
  /** The map's outlines from the 1:50m atlas, by shape id; imported when the map is zoomed in. */
  const detail: import('./geo/detail-layout.ts').DetailLayout;
  export default detail;
}

declare module 'virtual:search-names' {
  /** The other names people type for each shape, by id (src/geo/world-recipe.ts `shippedSearchNames`). */
  const names: Record<string, string[]>;
  export default names;
}

declare module 'virtual:catalog/*' {
  /** One language's messages compiled for Lingui (scripts/vite-plugin-catalogs.ts), by message id. */
  const messages: import('@lingui/core').Messages;
  export default messages;
}

declare module 'virtual:catalog-part/*' {
  /** One part of one language's messages, loaded with its feature (src/components/catalog-parts.ts). */
  const messages: import('@lingui/core').Messages;
  export default messages;
}

declare module 'virtual:names/*' {
  /** One language's short country names by shape id (src/geo/localised-names.ts `namesFile`). */
  const names: Record<string, string>;
  export default names;
}

interface ImportMetaEnv {
  /** Set by vite.config.ts when the site's build ships the single file beside it (`'yes'`), else empty. */
  readonly VITE_OFFLINE_FILE?: string;
}
