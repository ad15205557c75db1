import { describe, expect, it } from 'vitest';
import { veilOf } from '../../../src/geo/veil.ts';
import type { DrawnShape } from '../../../src/geo/world-shapes.ts';

const shape = (id: string, d: string): DrawnShape => ({
  id,
  name: id,
  kind: 'shape',
  interactive: true,
  d,
  x: 0,
  y: 0,
  box: [0, 0, 1, 1],
});
const marker = (id: string, x: number, y: number): DrawnShape => ({ ...shape(id, ''), kind: 'marker', x, y });
const shapes = [
  shape('KAZ', 'M1 1l1 0z'),
  shape('RUS', 'M5 5l2 0z'),
  shape('CHN', 'M9 9l1 1z'),
  shape('USA', 'M2 2l1 1z'),
  marker('SGP', 3, 4),
];

describe('veilOf', () => {
  it('veils nothing when nothing is dimmed', () => {
    expect(veilOf(shapes, null)).toBeNull();
  });

  it('covers the map and draws the kept countries again when fewer are kept than dimmed', () => {
    expect(veilOf(shapes, new Set(['KAZ', 'SGP']))).toEqual({ kind: 'cover', keep: ['KAZ', 'SGP'] });
    expect(veilOf(shapes, new Set())).toEqual({ kind: 'cover', keep: [] });
  });

  it('veils only the countries left out, as one path plus markers, when more are kept', () => {
    expect(veilOf(shapes, new Set(['KAZ', 'USA', 'CHN']))).toEqual({
      kind: 'outline',
      d: 'M5 5l2 0z',
      markers: [{ id: 'SGP', x: 3, y: 4 }],
    });
    expect(veilOf(shapes, new Set(['KAZ', 'RUS', 'CHN']))).toEqual({
      kind: 'outline',
      d: 'M2 2l1 1z',
      markers: [{ id: 'SGP', x: 3, y: 4 }],
    });
  });

  it('ignores ids that are not on the map', () => {
    expect(veilOf(shapes, new Set(['ATLANTIS', 'KAZ']))).toEqual({ kind: 'cover', keep: ['KAZ'] });
  });
});
