import dataset from 'virtual:dataset';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { word } from '../../../src/i18n/i18n.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
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

/** `reveal` only ever comes with the quiz: alone it means nothing and is not written. */
const quizArb = fc.constantFrom(
  { quiz: false, reveal: false },
  { quiz: true, reveal: false },
  { quiz: true, reveal: true },
);

const stateArb: fc.Arbitrary<Required<UrlState>> = fc
  .tuple(
    fc.record({
      country: fc.option(fc.constantFrom(...worldIndex.countries), { nil: null }),
      filters: fc.record(
        Object.fromEntries(FILTER_KINDS.map((k) => [k, subset(known[k])])) as Record<
          keyof FilterState,
          fc.Arbitrary<string[]>
        >,
      ),
      membershipView: fc.constantFrom('article' as const, 'today' as const),
      present: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
      labels: fc.boolean(),
      lang: fc.constantFrom(...LOCALES),
    }),
    quizArb,
  )
  .map(([rest, quiz]) => ({ ...rest, ...quiz }));

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
          fc.tuple(
            fc.constantFrom(...FILTER_KINDS, 'country', 'asof', 'quiz', 'reveal', 'labels', 'lang', 'x'),
            fc.string({ maxLength: 40 }),
          ),
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
    expect(notices.map(word)).toEqual([expect.stringContaining('organisation "Atlantis"')]);
  });

  it('writes readable comma lists and keeps ?country= and foreign parameters as they were', () => {
    const filters = { relation: [], vector: [], region: ['central-asia'], org: ['SCO', 'CSTO'], sector: [] };
    expect(stateToQuery({ country: 'RUS', filters }, '?lang=en')).toBe(
      '?lang=en&country=RUS&region=central-asia&org=SCO,CSTO',
    );
    expect(stateToQuery({ country: 'RUS' })).toBe('?country=RUS');
    expect(queryToState('?country=rus', countries).state).toEqual({ country: 'RUS', present: null });
  });

  it('reads ?quiz=1 and the answer step, and explains a switch it cannot read', () => {
    const read = (search: string) => {
      const { state, notices } = queryToState(search, countries, known);
      return [state.present, state.quiz, state.reveal, notices.map(word)];
    };
    expect(read('?present=4&quiz=1')).toEqual([4, true, false, []]);
    expect(read('?present=4&quiz=1&reveal=1')).toEqual([4, true, true, []]);
    expect(read('?present=4&quiz=ON&reveal=0')).toEqual([4, true, false, []]);
    expect(read('?quiz')).toEqual([null, true, false, []]);
    expect(read('?present=4')).toEqual([4, false, false, []]);
    // Without the quiz there is no question to have answered: reveal is ignored, not reported.
    expect(read('?present=4&reveal=1')).toEqual([4, false, false, []]);
    expect(read('?present=4&quiz=maybe&reveal=1')).toEqual([
      4,
      false,
      false,
      [expect.stringContaining('quiz to "maybe", which is neither 1 nor 0')],
    ]);
    expect(read('?quiz=1&reveal=%00x')).toEqual([null, true, false, [expect.stringContaining('reveal')]]);
    expect(stateToQuery({ country: null, present: 4, quiz: true, reveal: true }, '?quiz=0&lang=kk')).toBe(
      '?lang=kk&present=4&quiz=1&reveal=1',
    );
    expect(
      stateToQuery({ country: null, present: null, quiz: false, reveal: true }, '?quiz=1&reveal=1'),
    ).toBe('');
  });

  it('reads ?labels=0 as names hidden, shows them by default, and reports a malformed value', () => {
    const labels = (search: string) => queryToState(search, countries, known);
    expect(labels('').state.labels).toBe(true);
    expect(labels('?labels=0').state.labels).toBe(false);
    expect(labels('?labels=OFF').state.labels).toBe(false);
    expect(labels('?labels=1&labels=0').state.labels).toBe(false);
    expect(labels('?labels=1').notices).toEqual([]);
    const odd = labels('?labels=maybe');
    expect(odd.state.labels).toBe(true);
    expect(odd.notices.map(word)).toEqual([
      expect.stringContaining('labels to "maybe", which is neither 1 nor 0; labels is on'),
    ]);
  });

  it('writes labels=0 only when the names are hidden, and keeps the rest of the query', () => {
    expect(stateToQuery({ country: 'KAZ', labels: false }, '?lang=en')).toBe('?lang=en&country=KAZ&labels=0');
    expect(stateToQuery({ country: null, labels: true }, '?labels=0&org=SCO')).toBe('?org=SCO');
    expect(stateToQuery({ country: null }, '?labels=0')).toBe('?labels=0');
  });
});
