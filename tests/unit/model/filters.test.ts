import dataset from 'virtual:dataset';
import { describe, expect, it } from 'vitest';
import {
  emptyFilters,
  type FilterState,
  matchingCountries,
  organisationMembers,
} from '../../../src/model/filters.ts';
import { membershipChanges } from '../../../src/model/membership-changes.ts';
import { worldIndex } from '../../../src/world/world.ts';

const match = (filters: Partial<FilterState>, date = dataset.asOf) =>
  matchingCountries(dataset, { ...emptyFilters, ...filters }, { ...worldIndex, date });
const sorted = (set: ReadonlySet<string> | null) => (set ? [...set].sort() : null);

describe('matchingCountries', () => {
  it('returns null when no filter is active', () => {
    expect(match({})).toBeNull();
  });

  it('SCO on the article date: the five other founders, not India and Pakistan (joined 2017-06-09)', () => {
    expect(sorted(match({ org: ['SCO'] }))).toEqual(['CHN', 'KGZ', 'RUS', 'TJK', 'UZB']);
    expect(sorted(match({ org: ['SCO'] }, '2018-01-01'))).toEqual([
      'CHN',
      'IND',
      'KGZ',
      'PAK',
      'RUS',
      'TJK',
      'UZB',
    ]);
  });

  it('ORs within a kind and ANDs across kinds', () => {
    expect(sorted(match({ relation: ['alliance', 'strategic-partnership'] }))).toEqual(['CHN', 'RUS', 'USA']);
    expect(sorted(match({ org: ['SCO', 'CSTO'] }))).toEqual([
      'ARM',
      'BLR',
      'CHN',
      'KGZ',
      'RUS',
      'TJK',
      'UZB',
    ]);
    expect(sorted(match({ org: ['CSTO'], relation: ['cooperation'] }))).toEqual(['ARM', 'BLR', 'KGZ', 'TJK']);
    expect(sorted(match({ org: ['CSTO'], region: ['central-asia'] }))).toEqual(['KGZ', 'TJK']);
  });

  it('relation "none" selects countries the article does not cover, never Kazakhstan', () => {
    const none = match({ relation: ['none'] });
    expect(none?.has('BRA')).toBe(true);
    expect(none?.has('RUS')).toBe(false);
    expect(none?.has('KAZ')).toBe(false);
    expect(none?.size).toBe(worldIndex.countries.length - dataset.partners.length - 1);
  });

  it('regions come from UN M49 sub-regions', () => {
    expect(sorted(match({ region: ['central-asia'] }))).toEqual(['KGZ', 'TJK', 'TKM', 'UZB']);
    expect(match({ region: ['northern-europe'] })?.has('GBR')).toBe(true);
  });

  it('vectors and sectors only match partners that carry them', () => {
    expect(sorted(match({ vector: ['central-asia'] }))).toEqual(['KGZ', 'TJK', 'TKM', 'UZB']);
    const energy = match({ sector: ['energy'] });
    expect(energy?.size).toBeGreaterThan(0);
    for (const id of energy ?? [])
      expect(dataset.partners.find((p) => p.id === id)?.sectors).toContain('energy');
  });

  it('an unknown id in a kind matches nothing rather than everything', () => {
    expect(match({ org: ['NOPE'] })?.size).toBe(0);
  });
});

describe('organisation members and changes', () => {
  it('the EU had 28 members on the article date and 27 after the UK left', () => {
    expect(organisationMembers(dataset, 'EU', dataset.asOf)).toHaveLength(28);
    const later = organisationMembers(dataset, 'EU', '2020-02-01');
    expect(later).toHaveLength(27);
    expect(later).not.toContain('GBR');
  });

  it('lists dated changes between the article and a later date, oldest first', () => {
    const changes = membershipChanges(dataset, dataset.asOf, '2025-01-01');
    expect(changes.slice(0, 2)).toEqual([
      { org: 'SCO', country: 'IND', change: 'joined', date: '2017-06-09' },
      { org: 'SCO', country: 'PAK', change: 'joined', date: '2017-06-09' },
    ]);
    expect(changes).toContainEqual({ org: 'EU', country: 'GBR', change: 'left', date: '2020-01-31' });
    expect(membershipChanges(dataset, dataset.asOf, dataset.asOf)).toEqual([]);
  });
});
