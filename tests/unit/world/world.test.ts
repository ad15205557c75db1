// @vitest-environment node -- the world owner on the world the build serves
import { describe, expect, it } from 'vitest';
import {
  adoptOutlines,
  neighboursOf,
  searchEntries,
  selectableIds,
  shapeById,
  world,
  worldIndex,
} from '../../../src/world/world.ts';

describe('the world owner', () => {
  it('indexes the selectable countries once, for the map, search and the filters alike', () => {
    expect(selectableIds.size).toBeGreaterThan(190);
    expect(selectableIds.has('inert:Kosovo')).toBe(false);
    expect(searchEntries.map((e) => e.id)).toEqual([...selectableIds]);
    expect(worldIndex.countries).toEqual([...selectableIds]);
    expect(worldIndex.regionOf.get('KGZ')).toBe('central-asia');
    expect(worldIndex.regions.map((r) => r.id)).toContain('central-asia');
  });

  it('answers neighboursOf from what the build shipped', () => {
    expect([...neighboursOf('KGZ')].sort()).toEqual(['CHN', 'KAZ', 'TJK', 'UZB']);
    expect(neighboursOf('CHN')).toContain('KGZ');
    expect(neighboursOf('XXX')).toEqual([]);
  });

  it('keeps the outlines it has when handed others (only a world shipped without them adopts)', () => {
    const before = shapeById.get('KGZ')?.d;
    adoptOutlines(new Map([['KGZ', 'M0 0z']]));
    expect(shapeById.get('KGZ')?.d).toBe(before);
    expect(world.shapes.every((s) => s.kind === 'marker' || s.d !== '')).toBe(true);
  });
});
