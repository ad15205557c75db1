// @vitest-environment node -- pure geometry on the real atlas
import { describe, expect, it } from 'vitest';
import { neighbourIndex } from '../../../src/geo/neighbour-index.ts';
import { atlasLayout } from './atlas-layout.ts';

const neighbours = neighbourIndex(atlasLayout.shapes);
const of = (id: string) => [...(neighbours.get(id) ?? [])].sort();

describe('neighbours (built with the world, read back by neighbourIndex)', () => {
  it('are the countries whose outlines touch', () => {
    expect(of('KGZ')).toEqual(['CHN', 'KAZ', 'TJK', 'UZB']);
    expect(of('UKR')).toEqual(expect.arrayContaining(['RUS', 'POL', 'BLR', 'MDA']));
  });
  it('follow the atlas fixes: Somalia borders what Somaliland borders; inert Kosovo is no one’s', () => {
    // Somalia proper does not reach Djibouti; Somaliland, drawn with it, does.
    expect(of('SOM')).toEqual(expect.arrayContaining(['DJI', 'ETH', 'KEN']));
    expect([...neighbours.keys()].filter((id) => id.startsWith('inert:'))).toEqual([]);
    expect([...neighbours.values()].flat().filter((id) => id.startsWith('inert:'))).toEqual([]);
  });
  it('link an island or a small state to its two nearest shapes', () => {
    expect(of('JPN')).toEqual(['KOR', 'RUS']);
    expect(of('ISL')).toEqual(['GBR', 'GRL']);
    expect(of('SGP')).toEqual(['IDN', 'MYS']);
    // Italy gains Malta in return: the relation is symmetric.
    expect(of('MLT')).toContain('ITA');
    expect(of('ITA')).toEqual(expect.arrayContaining(['AUT', 'CHE', 'FRA', 'MLT', 'SMR', 'SVN', 'VAT']));
  });
  it('are symmetric, every selectable shape has one, and `near` lists each pair once', () => {
    for (const [id, others] of neighbours) {
      for (const other of others) expect(neighbours.get(other), `${other} → ${id}`).toContain(id);
    }
    const selectable = atlasLayout.shapes.filter((s) => s.interactive).map((s) => s.id);
    expect(selectable.filter((id) => of(id).length === 0)).toEqual([]);
    atlasLayout.shapes.forEach((s, i) => {
      for (const j of s.near ?? []) expect(j).toBeGreaterThan(i);
    });
  });
});
