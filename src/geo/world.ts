import layout from 'virtual:world';
import type { DrawnShape, WorldLayout } from './world-shapes.ts';

/**
 * The production build ships outlines once, prerendered into index.html, and leaves them out of
 * the JavaScript; read them back from the page so React hydrates exactly what was painted.
 */
function withPrerenderedOutlines(world: WorldLayout): WorldLayout {
  if (typeof document === 'undefined' || world.shapes.every((s) => s.kind === 'marker' || s.d !== ''))
    return world;
  const drawn = new Map<string, string>();
  for (const path of document.querySelectorAll<SVGPathElement>('#root path[data-outline]')) {
    drawn.set(path.dataset.outline ?? '', path.getAttribute('d') ?? '');
  }
  const shapes = world.shapes.map((s) => (s.kind === 'shape' ? { ...s, d: drawn.get(s.id) ?? '' } : s));
  return { ...world, shapes };
}

/** The world as projected at build time, and lookups built once at module load. */
export const world: WorldLayout = withPrerenderedOutlines(layout);

/** Countries a person can select (Kosovo is drawn but inert). */
export const selectableShapes: readonly DrawnShape[] = world.shapes.filter((s) => s.interactive);

export const shapeById: ReadonlyMap<string, DrawnShape> = new Map(selectableShapes.map((s) => [s.id, s]));

export const selectableIds: ReadonlySet<string> = new Set(shapeById.keys());

/** English short names by id, for the countries on the map. */
export const countryNameById: ReadonlyMap<string, string> = new Map(
  selectableShapes.map((s) => [s.id, s.name]),
);

/** English short name of a country on the map, or its code when the map does not have it. */
export const countryName = (id: string): string => shapeById.get(id)?.name ?? id;
