// @vitest-environment node -- reads data/ through import.meta.url
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unidentifiedFeatures } from '../../../src/geo/atlas-ids.ts';
import { sovereignStates } from '../../../src/geo/country-names.ts';
import { TERRITORY_CASES } from '../../../src/geo/territories.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { atlasLayout as layout } from './atlas-layout.ts';

const dataset = JSON.parse(
  readFileSync(new URL('../../../data/kazakhstan.json', import.meta.url), 'utf8'),
) as Dataset;
const sovereign = new Set(sovereignStates.map((s) => s.id));

describe('disputed and partly recognised territories follow one rule', () => {
  it('every atlas feature without an ISO code is a listed case, drawn as the case says', () => {
    for (const [name, fix] of Object.entries(unidentifiedFeatures)) {
      const c = TERRITORY_CASES.find((t) => `${t.name} ${t.name.replace('Northern', 'N.')}`.includes(name));
      expect(c, name).toBeDefined();
      if ('mergeInto' in fix) expect([c?.drawn, c?.into]).toEqual(['merged', fix.mergeInto]);
      else expect(c?.drawn).toBe('inert');
    }
  });

  it('a case with an ISO code is its own selectable shape; merged cases have no shape of their own', () => {
    for (const c of TERRITORY_CASES) {
      if (c.drawn === 'country') {
        expect(layout.shapes.find((s) => s.id === c.id)?.interactive, c.name).toBe(true);
      } else {
        expect(c.id, c.name).toBeUndefined();
        const own = layout.shapes.find((s) => s.name === c.name);
        expect(own?.interactive ?? false, c.name).toBe(false);
      }
    }
  });

  it('no regional phrase covers a place that is neither a UN member nor an observer state', () => {
    for (const r of dataset.regions)
      for (const id of r.members) expect(sovereign.has(id), `${r.id} ${id}`).toBe(true);
    for (const c of TERRITORY_CASES.filter((t) => t.id && !sovereign.has(t.id)))
      expect(
        dataset.partners.some((p) => p.id === c.id),
        c.name,
      ).toBe(false);
  });
});
