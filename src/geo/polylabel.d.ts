declare module 'polylabel' {
  /** A point of `polygon` (outer ring, then holes) far from its edges, with that distance. */
  export default function polylabel(
    polygon: readonly (readonly [number, number])[][],
    precision?: number,
  ): [number, number] & { distance: number };
}
