import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coreBox } from '../../../src/geo/core-box.ts';
import type { Box } from '../../../src/geo/world-shapes.ts';
import { unionBox } from '../../../src/geo/zoom-to-box.ts';
import { atlasLayout } from './atlas-layout.ts';

const covered = () => {
  const dataset = JSON.parse(readFileSync('data/kazakhstan.json', 'utf8')) as {
    home: { id: string };
    partners: { id: string }[];
  };
  const ids = new Set([dataset.home.id, ...dataset.partners.map((p) => p.id)]);
  return atlasLayout.shapes.filter((s) => ids.has(s.id)).map((s) => s.box);
};

describe('coreBox', () => {
  it('leaves out the few boxes furthest east and west, and keeps the rest whole', () => {
    const boxes: Box[] = Array.from({ length: 20 }, (_, i) => [100 + i * 10, 50, 105 + i * 10, 60 + i]);
    boxes.push([0, 0, 10, 10], [990, 470, 1000, 480]);
    // 22 boxes, 5 % of them is one at each end: the two strays go, the row stays.
    expect(coreBox(boxes)).toEqual([100, 50, 295, 79]);
  });

  it('is the plain union when there are too few boxes to leave any out, and undefined for none', () => {
    const boxes: Box[] = [
      [0, 0, 10, 10],
      [500, 100, 600, 200],
    ];
    expect(coreBox(boxes)).toEqual(unionBox(boxes));
    expect(coreBox([])).toBeUndefined();
  });

  it("frames the article's countries from Europe to Oceania, not the whole width the Pacific islands and the United States stretch them to", () => {
    const boxes = covered();
    const all = unionBox(boxes);
    const core = coreBox(boxes);
    if (!all || !core) throw new Error('no covered countries');
    expect(all[2] - all[0]).toBeGreaterThan(990); // Samoa and Tonga at the west edge, Tuvalu at the east
    const [x0, y0, x1, y1] = core;
    expect(x0).toBeGreaterThan(440); // west of Ireland and Portugal: the Atlantic
    expect(x0).toBeLessThanOrEqual(477); // Ireland's and Spain's west coasts are in
    expect(x1).toBeGreaterThanOrEqual(954); // New Zealand and the Solomon Islands are in
    expect(x1 - x0).toBeLessThan(560);
    // From Russia's Arctic coast to New Zealand.
    expect(y0).toBeLessThanOrEqual(23);
    expect(y1).toBeGreaterThanOrEqual(433);
  });
});
