import points from 'virtual:labels';
import kk from 'virtual:names/kk';
import ru from 'virtual:names/ru';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type LabelCandidate,
  type LabelView,
  labelOrder,
  overlaps,
  placeLabels,
} from '../../../src/geo/place-labels.ts';

/** Latin and Cyrillic alike: 0.6 em a letter. */
const measure = (text: string, size: number) => text.length * size * 0.6;
const base: LabelView = {
  k: 1,
  x: 0,
  y: 0,
  unit: 1,
  width: 1000,
  height: 480,
  fontSize: 14,
  markerRadius: 3,
};

const candidate = fc.record({
  id: fc.stringMatching(/^[A-Z]{3}$/),
  text: fc.string({ minLength: 1, maxLength: 24 }),
  x: fc.double({ min: 0, max: 1000, noNaN: true }),
  y: fc.double({ min: 0, max: 480, noNaN: true }),
  rx: fc.double({ min: 0, max: 120, noNaN: true }),
  ry: fc.double({ min: 0, max: 60, noNaN: true }),
  kind: fc.constantFrom('shape' as const, 'marker' as const),
  rank: fc.integer({ min: 0, max: 3 }),
});
/** Unique ids, as on the map; a marker has no room of its own. */
const candidates = fc
  .uniqueArray(candidate, { selector: (c) => c.id, maxLength: 80 })
  .map((list) => list.map((c) => (c.kind === 'marker' ? { ...c, rx: 0, ry: 0 } : c)));
const view = fc.record({
  k: fc.double({ min: 1, max: 40, noNaN: true }),
  x: fc.double({ min: -30000, max: 0, noNaN: true }),
  y: fc.double({ min: -15000, max: 0, noNaN: true }),
  unit: fc.double({ min: 0.3, max: 2, noNaN: true }),
});
const asView = (v: { k: number; x: number; y: number; unit: number }): LabelView => ({
  ...base,
  ...v,
  width: 1000 * v.unit,
  height: 480 * v.unit,
});
const dotBox = (c: LabelCandidate, v: LabelView): [number, number, number, number] => {
  const sx = v.unit * (v.k * c.x + v.x);
  const sy = v.unit * (v.k * c.y + v.y);
  return [sx - v.markerRadius, sy - v.markerRadius, sx + v.markerRadius, sy + v.markerRadius];
};
/** A candidate: `at` is [x, y, rx, ry] in map units. */
const named = (
  id: string,
  text: string,
  [x, y, rx, ry]: [number, number, number, number],
  rank: number,
  kind: LabelCandidate['kind'] = 'shape',
): LabelCandidate => ({ id, text, x, y, rx, ry, kind, rank });
const runs = { seed: 20170303, numRuns: 300 };

describe('placeLabels', () => {
  it('never lets two names overlap, nor a name cover a small state’s dot', () => {
    fc.assert(
      fc.property(candidates, view, (list, v) => {
        const placed = placeLabels(list, asView(v), measure);
        placed.forEach((a, i) => {
          for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
        });
        const dots = list.filter((c) => c.kind === 'marker');
        for (const label of placed)
          for (const dot of dots) expect(overlaps(label.box, dotBox(dot, asView(v)))).toBe(false);
      }),
      runs,
    );
  });

  it('is deterministic: the same candidates in any order give the same names', () => {
    fc.assert(
      fc.property(
        candidates.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        view,
        ([list, shuffled], v) => {
          expect(placeLabels(shuffled, asView(v), measure)).toEqual(placeLabels(list, asView(v), measure));
        },
      ),
      runs,
    );
  });

  it('never lets a lower priority take a higher one’s place: adding names below keeps those above', () => {
    fc.assert(
      fc.property(candidates, view, fc.nat(), (list, v, cut) => {
        const sorted = [...list].sort(labelOrder);
        const at = cut % (sorted.length + 1);
        const top = sorted.slice(0, at);
        // Lower countries' names only: a small state's dot is in the way whatever its name's rank.
        const below = sorted.slice(at).filter((c) => c.kind === 'shape');
        const ids = new Set(top.map((c) => c.id));
        const all = placeLabels([...below, ...top], asView(v), measure).filter((p) => ids.has(p.id));
        expect(all).toEqual(placeLabels(top, asView(v), measure));
      }),
      runs,
    );
  });

  it('names the home country over a larger neighbour it collides with', () => {
    const russia = named('RUS', 'Russia', [500, 100, 100, 5], 2);
    const home = named('KAZ', 'Kazakhstan', [505, 105, 30, 10], 0);
    expect(placeLabels([russia, home], base, measure).map((p) => p.id)).toEqual(['KAZ']);
  });

  it('names a country only once its name fits its room, unless the slide or selection forces it', () => {
    const chile = named('CHL', 'Chile', [300, 400, 3, 40], 2);
    expect(placeLabels([chile], base, measure)).toEqual([]);
    const zoomed = { ...base, k: 8, x: -2200, y: -3000 };
    expect(placeLabels([chile], zoomed, measure).map((p) => p.id)).toEqual(['CHL']);
    expect(placeLabels([{ ...chile, rank: 1 }], base, measure).map((p) => p.id)).toEqual(['CHL']);
  });

  it('names small states only when zoomed in, beside their dots, in map units', () => {
    const malta = named('MLT', 'Malta', [520, 140, 0, 0], 3, 'marker');
    expect(placeLabels([malta], base, measure)).toEqual([]);
    const zoomed = { ...base, k: 4, x: -1800, y: -400 };
    const [label] = placeLabels([malta], zoomed, measure);
    expect(label?.anchor).toBe('start');
    // 3 px dot + 3 px gap to its right, in map units at zoom 4.
    expect(label?.x).toBeCloseTo(520 + 6 / 4);
    expect(label?.y).toBeCloseTo(140);
  });

  it('keeps names clear of the boxes it is told to avoid (the zoom buttons)', () => {
    const russia = named('RUS', 'Russia', [900, 60, 100, 30], 2);
    expect(placeLabels([russia], base, measure).map((p) => p.id)).toEqual(['RUS']);
    expect(placeLabels([russia], { ...base, avoid: [[880, 0, 1000, 120]] }, measure)).toEqual([]);
  });

  it('leaves out names whose point is outside the view', () => {
    const far = named('USA', 'United States', [200, 150, 80, 30], 0);
    expect(placeLabels([far], { ...base, k: 4, x: -2000, y: 0 }, measure)).toEqual([]);
  });
});

describe('placeLabels with the map’s Russian and Kazakh names', () => {
  // Cyrillic names are longer («Демократическая Республика Конго»): at a projector's 620 px map and
  // zoomed on Central Asia, every placed name still stands clear of the others.
  it.each([
    ['ru', ru],
    ['kk', kk],
  ])('never overlaps in %s, and names the home country', (_locale, names) => {
    const list = Object.entries(points).map(([id, [x, y, rx, ry]]) =>
      named(id, names[id] ?? id, [x, y, rx, ry], id === 'KAZ' ? 0 : 2),
    );
    const [hx = 0, hy = 0] = points.KAZ ?? [];
    // The whole world, then zoomed 4× with the home country in the middle.
    for (const v of [
      { k: 1, x: 0, y: 0, unit: 0.62 },
      { k: 4, x: 500 - 4 * hx, y: 240 - 4 * hy, unit: 0.62 },
    ]) {
      const placed = placeLabels(list, asView(v), measure);
      expect(placed.length).toBeGreaterThan(3);
      expect(placed.map((l) => l.text)).toContain(names.KAZ);
      for (const [i, a] of placed.entries())
        for (const b of placed.slice(i + 1))
          expect(overlaps(a.box, b.box), `${a.text} × ${b.text}`).toBe(false);
    }
  });
});
