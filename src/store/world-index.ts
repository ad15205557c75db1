import layout from 'virtual:world';
import type { MatchContext } from '../model/filters.ts';

const interactive = layout.shapes.filter((s) => s.interactive);

/** Every selectable country on the map, and each one's UN M49 region (computed at build time). */
export const worldIndex: Omit<MatchContext, 'date'> & { regions: { id: string; name: string }[] } = {
  countries: interactive.map((s) => s.id),
  regionOf: new Map(interactive.flatMap((s) => (s.region ? [[s.id, s.region] as const] : []))),
  regions: layout.regions ?? [],
};
