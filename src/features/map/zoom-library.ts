/**
 * What the map's zoom needs from d3 (about 17 KB gzip with d3-transition, d3-color and the rest):
 * a chunk of its own, imported when the map mounts (zoom-library-load.ts). The first view paints
 * and answers clicks without it.
 */
import 'd3-transition';

export { select } from 'd3-selection';
export { zoom, zoomIdentity } from 'd3-zoom';
