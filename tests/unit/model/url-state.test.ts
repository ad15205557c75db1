import dataset from 'virtual:dataset';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILTER_KINDS, type FilterState, filterValues } from '../../../src/model/filters.ts';
import { queryToState, stateToQuery, type UrlState } from '../../../src/model/url-state.ts';
import { worldIndex } from '../../../src/world/world.ts';

const known = filterValues(
  dataset,
  worldIndex.regions.map((r) => r.id),
);
const countries = new Set(worldIndex.countries);

/** A filter list as the parser returns it: a subset of the known ids, in their canonical order. */
const subset = (values: readonly string[]) =>
  fc.subarray([...values]).map((picked) => values.filter((v) => picked.includes(v)));

const stateArb: fc.Arbitrary<Required<UrlState>> = fc.record({
  country: fc.option(fc.constantFrom(...worldIndex.countries), { nil: null }),
  filters: fc.record(
    Object.fromEntries(FILTER_KINDS.map((k) => [k, subset(known[k])])) as Record<
      keyof FilterState,
      fc.Arbitrary<string[]>
    >,
  ),
  membershipView: fc.constantFrom('article' as const, 'today' as const),
  present: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
});

describe('URL <-> state', () => {
  it('round-trips every state', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const parsed = queryToState(stateToQuery(state), countries, known);
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { seed: 20170303, numRuns: 300 },
    );
  });

  it('never throws on garbage and only ever returns known ids', () => {
    const garbage = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(
          fc.tuple(fc.constantFrom(...FILTER_KINDS, 'country', 'asof', 'x'), fc.string({ maxLength: 40 })),
        )
        .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(garbage, (search) => {
        const { state } = queryToState(search, countries, known);
        for (const kind of FILTER_KINDS)
          for (const id of state.filters?.[kind] ?? []) expect(known[kind]).toContain(id);
        expect(() => stateToQuery(state, search)).not.toThrow();
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('reads comma lists case-insensitively, drops unknown values with one notice per kind', () => {
    const { state, notices } = queryToState(
      '?org=sco,Atlantis&region=Central-Asia&relation=alliance',
      countries,
      known,
    );
    expect(state.filters?.org).toEqual(['SCO']);
    expect(state.filters?.region).toEqual(['central-asia']);
    expect(state.filters?.relation).toEqual(['alliance']);
    expect(notices).toEqual([expect.stringContaining('organisation "Atlantis"')]);
  });

  it('writes readable comma lists and keeps ?country= and foreign parameters as they were', () => {
    const filters = { relation: [], vector: [], region: ['central-asia'], org: ['SCO', 'CSTO'], sector: [] };
    expect(stateToQuery({ country: 'RUS', filters }, '?lang=en')).toBe(
      '?lang=en&country=RUS&region=central-asia&org=SCO,CSTO',
    );
    expect(stateToQuery({ country: 'RUS' })).toBe('?country=RUS');
    expect(queryToState('?country=rus', countries).state).toEqual({ country: 'RUS', present: null });
  });
});
