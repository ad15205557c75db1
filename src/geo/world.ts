import layout from 'virtual:world';
import type { DrawnShape } from './world-shapes.ts';

/** The world as projected at build time, and lookups built once at module load. */
export const world = layout;

/** Countries a person can select (Kosovo is drawn but inert). */
export const selectableShapes: readonly DrawnShape[] = layout.shapes.filter((s) => s.interactive);

export const shapeById: ReadonlyMap<string, DrawnShape> = new Map(selectableShapes.map((s) => [s.id, s]));

export const selectableIds: ReadonlySet<string> = new Set(shapeById.keys());

/** English short name of a country on the map, or its code when the map does not have it. */
export const countryName = (id: string): string => shapeById.get(id)?.name ?? id;
