// @vitest-environment node
import { readFileSync } from 'node:fs';
import dataset from 'virtual:dataset';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { word } from '../../../src/i18n/i18n.ts';
import { FILTER_KINDS, filterValues } from '../../../src/model/filters.ts';
import { loadDatasetText } from '../../../src/model/load-dataset.ts';
import { queryToState } from '../../../src/model/url-state.ts';
import { validateDataset } from '../../../src/model/validate-dataset.ts';
import { selectableIds, worldIndex } from '../../../src/world/world.ts';

/** The seed is fixed in tests/setup.ts; a failure prints it with the shrunk input. */
const mapIds = selectableIds;
const known = filterValues(
  dataset,
  worldIndex.regions.map((r) => r.id),
);
const real = [
  JSON.parse(readFileSync('data/kazakhstan.json', 'utf8')),
  JSON.parse(readFileSync('data/examples/mongolia-sample.json', 'utf8')),
];

/** Either a dataset, or a non-empty list of `path: message` strings. */
function expectWellFormed(result: ReturnType<typeof loadDatasetText>) {
  if (result.ok) {
    expect(result.dataset.schemaVersion).toBe(1);
    expect(mapIds.has(result.dataset.home.id)).toBe(true);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) expect(word(e)).toMatch(/^\S.*?: \S/s);
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
/** Every path into a JSON value. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => paths(v, [...at, i])));
  if (value && typeof value === 'object')
    return here.concat(Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k])));
  return here;
}
const weird = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constantFrom('', 'RUS', 'XYZ', 'alliance', '2017-02-30', '<img src=x onerror=alert(1)>', '__proto__'),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);
type Mutation = { kind: 'set' | 'delete' | 'dup'; pick: number; value: Json };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('set', 'delete', 'dup'),
  pick: fc.nat(),
  value: weird as fc.Arbitrary<Json>,
});

/** Applies mutations to a deep copy: replace a value, delete a key or item, or duplicate an item. */
function mutate(base: Json, mutations: Mutation[]): Json {
  const copy = structuredClone(base);
  for (const m of mutations) {
    const all = paths(copy).filter((p) => p.length > 0);
    const path = all[m.pick % all.length];
    if (!path) continue;
    const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string, Json>)[k] as Json, copy);
    const key = path[path.length - 1] as string | number;
    if (Array.isArray(parent) && typeof key === 'number') {
      if (m.kind === 'delete') parent.splice(key, 1);
      else if (m.kind === 'dup') parent.splice(key, 0, structuredClone(parent[key] as Json));
      else parent[key] = m.value;
    } else if (parent && typeof parent === 'object') {
      const obj = parent as Record<string, Json>;
      if (m.kind === 'delete') delete obj[key];
      else obj[key] = m.value;
    }
  }
  return copy;
}

describe('dataset parsers never throw', () => {
  it('random text is refused with errors', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectWellFormed(loadDatasetText(text, mapIds));
      }),
    );
  });

  it('random JSON values give a dataset or a list of path: message errors', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(() => validateDataset(value)).not.toThrow();
        expectWellFormed(loadDatasetText(JSON.stringify(value), mapIds));
      }),
      { numRuns: 300 },
    );
  });

  it('the real datasets, mutated (values, types, deletions, duplicates), still never throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (which, mutations) => {
          const input = mutate(real[which], mutations);
          const direct = validateDataset(input);
          if (!direct.ok) expect(direct.errors.length).toBeGreaterThan(0);
          expectWellFormed(loadDatasetText(JSON.stringify(input), mapIds));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a mutation that breaks a required field is reported at that path', () => {
    fc.assert(
      fc.property(fc.constantFrom('schemaVersion', 'asOf', 'home', 'partners', 'source'), (key) => {
        const input = structuredClone(real[1]);
        delete input[key];
        const result = loadDatasetText(JSON.stringify(input), mapIds);
        expect(result.ok).toBe(false);
        expect(result.ok ? [] : result.errors.map(word)).toContainEqual(
          expect.stringMatching(new RegExp(`^${key}: `)),
        );
      }),
    );
  });
});

const keys = fc.constantFrom('country', 'asof', 'present', 'x', '', ...FILTER_KINDS);
const values = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    ...worldIndex.countries.slice(0, 20),
    ...known.org,
    ...known.relation,
    'today',
    '%',
    '%E0%A4%A',
  ),
  fc
    .array(fc.constantFrom(...known.vector, ...known.region, 'junk'), { maxLength: 5 })
    .map((a) => a.join(',')),
);

describe('queryToState never throws and always returns a valid state', () => {
  const valid = (search: string) => {
    const { state, notices } = queryToState(search, mapIds, known);
    expect(state.country === null || mapIds.has(state.country)).toBe(true);
    for (const kind of FILTER_KINDS) {
      const ids = state.filters?.[kind] ?? [];
      expect(ids.every((id) => known[kind].includes(id))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(['article', 'today']).toContain(state.membershipView);
    for (const n of notices) expect(word(n).length).toBeLessThan(300);
  };

  it('for raw random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (s) => valid(`?${s}`)));
  });

  it('for random key=value pairs, encoded or not, repeated keys included', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, values, fc.boolean()), { maxLength: 8 }), (pairs) => {
        const search = pairs.map(([k, v, encode]) => `${k}=${encode ? encodeURIComponent(v) : v}`).join('&');
        valid(`?${search}`);
      }),
      { numRuns: 300 },
    );
  });
});
