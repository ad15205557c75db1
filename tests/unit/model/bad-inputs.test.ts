// @vitest-environment node
import { readFileSync } from 'node:fs';
import dataset from 'virtual:dataset';
import { describe, expect, it } from 'vitest';
import { t, word } from '../../../src/i18n/i18n.ts';
import { filterValues, groupFilterId, organisationMembers } from '../../../src/model/filters.ts';
import { loadDatasetText } from '../../../src/model/load-dataset.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { tableRows } from '../../../src/model/table-rows.ts';
import { queryToState } from '../../../src/model/url-state.ts';
import { validateDataset } from '../../../src/model/validate-dataset.ts';
import { builtInDataset } from '../../../src/store/dataset-slice.ts';
import { selectableIds, worldIndex } from '../../../src/world/world.ts';

const EN = { t, locale: 'en' } as const;

/**
 * Every bad input tried, by id; tests/bad-inputs.md lists the same ids with the expected
 * behaviour in words (a test below keeps the two in step).
 */
const mapIds = selectableIds;
const known = filterValues(
  dataset,
  worldIndex.regions.map((r) => r.id),
);
const parse = (search: string) => queryToState(search, mapIds, known);
const long = 'A'.repeat(20_000);

type QueryCase = [id: string, what: string, search: string, expected: Partial<ReturnType<typeof summary>>];
const summary = (search: string) => {
  const { state, notices } = parse(search);
  return {
    country: state.country,
    org: state.filters?.org,
    relation: state.filters?.relation,
    vector: state.filters?.vector,
    region: state.filters?.region,
    sector: state.filters?.sector,
    view: state.membershipView,
    notices: notices.length,
  };
};

const queries: QueryCase[] = [
  ['Q01', 'truncated percent-encoding', '?country=%E0%A4%A', { country: null, notices: 1 }],
  ['Q02', 'a lone percent sign', '?country=%', { country: null, notices: 1 }],
  ['Q03', 'non-hex percent escape', '?country=%ZZ', { country: null, notices: 1 }],
  ['Q04', 'an unknown country id', '?country=ATLANTIS', { country: null, notices: 1 }],
  ['Q05', 'a lower-case id', '?country=rus', { country: 'RUS', notices: 0 }],
  ['Q06', 'an id wrapped in encoded spaces', '?country=%20rus%20', { country: 'RUS', notices: 0 }],
  ['Q07', 'repeated keys: the last wins', '?country=RUS&country=CHN', { country: 'CHN', notices: 0 }],
  ['Q08', 'repeated keys, the last unknown', '?country=RUS&country=NOPE', { country: null, notices: 1 }],
  ['Q09', 'an empty value', '?country=', { country: null, notices: 0 }],
  ['Q10', 'a 20 000-character value', `?country=${long}`, { country: null, notices: 1 }],
  ['Q11', 'a script tag', '?country=<script>alert(1)</script>', { country: null, notices: 1 }],
  ['Q12', 'an absurd number', '?country=999999999999999999999999', { country: null, notices: 1 }],
  ['Q13', 'a negative number', '?country=-1', { country: null, notices: 1 }],
  ['Q14', 'NaN and Infinity', '?country=NaN&asof=Infinity', { country: null, view: 'article', notices: 2 }],
  ['Q15', 'a NUL byte inside an id', '?country=R%00US', { country: null, notices: 1 }],
  ['Q16', 'an emoji', '?country=%F0%9F%92%A9', { country: null, notices: 1 }],
  ['Q17', 'array-style key', '?country[]=RUS', { country: null, notices: 0 }],
  ['Q18', 'upper-case key (keys are case-sensitive)', '?Country=RUS', { country: null, notices: 0 }],
  ['Q19', 'only separators', '?=&&&==&', { country: null, notices: 0 }],
  ['Q20', 'unknown parameters', '?utm_source=x&foo', { country: null, notices: 0 }],
  ['Q21', '__proto__ as a country', '?country=__proto__', { country: null, notices: 1 }],
  ['Q22', 'an unknown organisation', '?org=NATO', { org: [], notices: 1 }],
  ['Q23', 'a lower-case organisation', '?org=sco', { org: ['SCO'], notices: 0 }],
  ['Q24', 'a repeated filter key: the last wins', '?org=SCO&org=CSTO', { org: ['CSTO'], notices: 0 }],
  ['Q25', 'duplicates in a list', '?org=SCO,SCO,sco', { org: ['SCO'], notices: 0 }],
  ['Q26', 'an unknown relation', '?relation=friends', { relation: [], notices: 1 }],
  ['Q27', 'markup as a vector', '?vector=<img src=x onerror=alert(1)>', { vector: [], notices: 1 }],
  ['Q28', 'a 20 000-item region list', `?region=${'a,'.repeat(10_000)}`, { region: [], notices: 1 }],
  ['Q29', 'only commas', '?sector=,,,,', { sector: [], notices: 0 }],
  ['Q30', 'an absurd number as a date', '?asof=1e308', { view: 'article', notices: 1 }],
  ['Q31', 'asof in capitals', '?asof=TODAY', { view: 'today', notices: 0 }],
  ['Q32', 'known and unknown mixed', '?relation=alliance,friends', { relation: ['alliance'], notices: 1 }],
  ['Q33', 'a bad escape in a filter list', '?org=SC%', { org: [], notices: 1 }],
];

describe('bad query strings: ignored or clamped, explained, never thrown', () => {
  it.each(queries)('%s %s', (_id, _what, search, expected) => {
    expect(() => parse(search)).not.toThrow();
    expect(summary(search)).toMatchObject(expected);
  });

  it('Q10/Q28 a notice quotes at most a short piece of a huge value', () => {
    for (const search of [`?country=${long}`, `?region=${'a'.repeat(20_000)}`, `?org=${long},${long}`]) {
      for (const notice of parse(search).notices) expect(word(notice).length).toBeLessThan(200);
    }
  });

  it('Q21 a __proto__ filter pollutes nothing', () => {
    parse('?org=__proto__&region=constructor&__proto__[x]=1');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

const read = (path: string) => readFileSync(`data/${path}`, 'utf8');
const example = () => JSON.parse(read('examples/mongolia-sample.json'));
const builtIn = () => JSON.parse(read('kazakhstan.json'));
const errorsOf = (text: string) => {
  const result = loadDatasetText(text, mapIds);
  return result.ok ? [] : result.errors.map(word);
};
const mutated = (change: (d: ReturnType<typeof example>) => void, base = example) => {
  const d = base();
  change(d);
  return JSON.stringify(d);
};

type FileCase = [id: string, what: string, text: () => string, expected: (string | RegExp)[]];
const files: FileCase[] = [
  ['D01', 'an empty file', () => '', [/^\(file\): not valid JSON/]],
  ['D02', 'JSON null', () => 'null', [/^\(root\): expected object/]],
  ['D03', 'a JSON array', () => '[]', [/^\(root\): expected object/]],
  ['D04', 'a JSON string', () => '"dataset"', [/^\(root\): expected object/]],
  ['D05', 'an empty object', () => '{}', [/^schemaVersion: /, /^asOf: /, /^source: /, /^partners: /]],
  ['D06', 'trailing comma', () => '{"schemaVersion": 1,}', [/^\(file\): not valid JSON/]],
  ['D07', 'NaN in JSON', () => '{"schemaVersion": NaN}', [/^\(file\): not valid JSON/]],
  ['D08', 'schemaVersion 2', () => mutated((d) => (d.schemaVersion = 2)), ['schemaVersion: expected 1']],
  [
    'D09',
    'schemaVersion as a string',
    () => mutated((d) => (d.schemaVersion = '1')),
    ['schemaVersion: expected 1'],
  ],
  [
    'D10',
    'an unknown relation',
    () => mutated((d) => (d.partners[0].relation = 'friends')),
    ['partners[0].relation: expected one of "alliance" | "strategic-partnership" | "cooperation"'],
  ],
  [
    'D11',
    'a lower-case id',
    () => mutated((d) => (d.partners[0].id = 'rus')),
    ['partners[0].id: expected an ISO 3166-1 alpha-3 code'],
  ],
  [
    'D12',
    'an id that is no country',
    () => mutated((d) => (d.partners[0].id = 'XYZ')),
    ['partners[0].id: "XYZ" is not a country on the map'],
  ],
  [
    'D13',
    'Antarctica (drawn, not selectable)',
    () => mutated((d) => (d.partners[0].id = 'ATA')),
    ['partners[0].id: "ATA" is not a country on the map'],
  ],
  [
    'D14',
    'a home country not on the map',
    () => mutated((d) => (d.home.id = 'XKX')),
    ['home.id: "XKX" is not a country on the map'],
  ],
  [
    'D15',
    'a quote not in the body',
    () => mutated((d) => (d.partners[1].aims[0].text = 'Mongolia joins NATO.')),
    ['partners[1].aims[0].text: not found verbatim in source.body'],
  ],
  ['D16', 'an impossible date', () => mutated((d) => (d.asOf = '2017-02-30')), [/^asOf: /]],
  ['D17', 'no partners', () => mutated((d) => (d.partners = [])), [/^partners: Too small/]],
  [
    'D18',
    'an empty quote',
    () => mutated((d) => (d.home.goals[0].text = '')),
    [/^home\.goals\[0\]\.text: Too small/],
  ],
  [
    'D19',
    'the home country as its own partner',
    () => mutated((d) => (d.partners[0].id = 'MNG')),
    ['partners[0].id: the home country "MNG" cannot be a partner'],
  ],
  [
    'D20',
    'a partner listed twice',
    () => mutated((d) => (d.partners[1].id = d.partners[0].id)),
    ['partners[1].id: "RUS" appears twice (also partners[0])'],
  ],
  [
    'D21',
    'an unknown vector',
    () => mutated((d) => (d.partners[0].vectors = ['space'])),
    ['partners[0].vectors[0]: unknown vector "space"'],
  ],
  [
    'D22',
    'group coverage without via',
    () => mutated((d) => delete d.partners[4].via),
    ['partners[4].via: required when mention is "group"'],
  ],
  [
    'D23',
    'an unknown section',
    () => mutated((d) => (d.home.goals[0].section = 'chapter-9')),
    ['home.goals[0].section: unknown section "chapter-9"'],
  ],
  [
    'D24',
    'a number where text belongs',
    () => mutated((d) => (d.source.title = 42)),
    [/^source\.title: expected string/],
  ],
  [
    'D25',
    'a body over 2 000 000 characters',
    () => mutated((d) => (d.source.body = 'x'.repeat(2_000_001))),
    [/^source\.body: Too big/],
  ],
  [
    'D26',
    'a url over 2000 characters',
    () => mutated((d) => (d.source.url = `https://a.example/${'x'.repeat(2000)}`)),
    [/^source\.url: Too big/],
  ],
  [
    'D27',
    'JSON nested 100 000 deep',
    () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    [/^\((file|root)\): /],
  ],
  ['D28', 'a key with a dot in its name', () => mutated((d) => (d.home['a.b'] = 1)), []],
  ['D29', 'a UTF-8 byte-order mark (accepted)', () => `\uFEFF${read('examples/mongolia-sample.json')}`, []],
  [
    'D30',
    'a __proto__ key (no pollution, accepted)',
    () => read('examples/mongolia-sample.json').replace('{', '{"__proto__": {"polluted": 1},'),
    [],
  ],
  [
    'D31',
    'a section id twice',
    () => mutated((d) => d.sections.push({ ...d.sections[0], title: 'Again' })),
    ['sections[1].id: "body" appears twice (also sections[0])'],
  ],
  [
    'D32',
    'a title of only white space',
    () => mutated((d) => (d.source.title = ' \t\u00a0 ')),
    ['source.title: expected visible text, got only white space'],
  ],
  [
    'D33',
    'a sector name of only invisible characters',
    () => mutated((d) => (d.sectors[0].name = '\u200b\u2066\u2069\ufeff')),
    ['sectors[0].name: expected visible text, got only white space'],
  ],
  [
    'D41',
    'a tour step with an unknown section, a quote not in the body and a non-country',
    () =>
      mutated((d) => {
        d.tour = {
          title: 'Broken',
          steps: [
            { id: 'a', title: 'A', section: 'x', quotes: ['Mongolia joins NATO.'], countries: ['ATA'] },
          ],
        };
      }),
    [
      'tour.steps[0] (a): unknown section "x"',
      /^tour\.steps\[0\] \(a\): not verbatim in the article/,
      'tour.steps[0] (a): ATA is not a country on the map',
    ],
  ],
  [
    'D42',
    'a capital off the globe',
    () => mutated((d) => (d.home.capital.lat = 95)),
    [/^home\.capital\.lat: Too big/],
  ],
  ['D43', 'no tour (accepted: made from the sections)', () => mutated((d) => delete d.tour), []],
  ['D44', 'no capital (accepted: no arcs)', () => mutated((d) => delete d.home.capital), []],
];

describe('bad dataset files: every problem listed with its path, never thrown', () => {
  it.each(files)('%s %s', (_id, _what, text, expected) => {
    const input = text();
    expect(() => loadDatasetText(input, mapIds)).not.toThrow();
    const errors = errorsOf(input);
    if (expected.length === 0) expect(errors).toEqual([]);
    for (const e of expected)
      expect(errors).toContainEqual(typeof e === 'string' ? e : expect.stringMatching(e));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

const loaded = (text: string) => {
  const result = loadDatasetText(text, mapIds);
  if (!result.ok) throw new Error(result.errors.map(word).join('\n'));
  return result.dataset;
};
const longWord = 'Unbroken'.repeat(625);

type AcceptedCase = [id: string, what: string, text: () => string, check: (d: Dataset) => void];
/** Files that are accepted: repeated entries count once, any length and any script is kept whole. */
const accepted: AcceptedCase[] = [
  [
    'D34',
    'the same vector twice in a partner',
    () => mutated((d) => d.partners[0].vectors.push('neighbours')),
    (d) => expect(d.partners[0]?.vectors).toEqual(['neighbours']),
  ],
  [
    'D35',
    'the same sector twice in a partner',
    () => mutated((d) => (d.partners[2].sectors = ['trade', 'education', 'trade', 'education'])),
    (d) => {
      expect(d.partners[2]?.sectors).toEqual(['trade', 'education']);
      const row = tableRows(d, new Map(), null, d.asOf, EN).find((r) => r.id === 'USA');
      expect(row?.sectors).toBe('Trade; Education');
    },
  ],
  [
    'D36',
    'the same quote twice in a partner and in the home goals',
    () =>
      mutated((d) => {
        d.partners[2].aims.push({ ...d.partners[2].aims[0] });
        d.home.goals.push({ ...d.home.goals[0] });
      }),
    (d) => {
      expect(d.partners[2]?.aims).toHaveLength(1);
      expect(d.home.goals).toHaveLength(1);
      expect(tableRows(d, new Map(), null, d.asOf, EN).find((r) => r.id === 'USA')?.aims).toBe(1);
    },
  ],
  [
    'D37',
    'the same country twice in a group',
    () => mutated((d) => d.groups[0].members.push('FRA', 'DEU')),
    (d) => {
      const [group] = d.groups;
      if (!group) throw new Error('no group');
      expect(organisationMembers(d, groupFilterId(group), d.asOf)).toHaveLength(28);
    },
  ],
  [
    'D38',
    'the same organisation member twice',
    () =>
      mutated((d) => {
        const sco = d.organisations.find((o: { id: string }) => o.id === 'SCO');
        sco.members.push({ ...sco.members[0] }, { ...sco.members[1] });
      }, builtIn),
    (d) => {
      const sco = d.organisations.find((o) => o.id === 'SCO');
      if (!sco) throw new Error('no SCO');
      expect(sco.members.length).toBe(
        builtIn().organisations.find((o: { id: string }) => o.id === 'SCO').members.length,
      );
      expect(organisationMembers(d, 'SCO', d.asOf)).toEqual(
        organisationMembers(builtInDataset, 'SCO', d.asOf),
      );
    },
  ],
  [
    'D39',
    'a 5 000-character word in a quote and in the title',
    () =>
      mutated((d) => {
        d.source.body = `${d.source.body} ${longWord}`;
        d.partners[2].aims[0].text = longWord;
        d.source.title = longWord;
      }),
    (d) => {
      expect(d.source.title).toBe(longWord);
      expect(d.partners[2]?.aims[0]?.text).toBe(longWord);
    },
  ],
  [
    'D40',
    'Arabic, Hebrew, Chinese, emoji, combining marks and a bidi override in names',
    () =>
      mutated((d) => {
        d.sectors[0].name = 'التجارة';
        d.sectors[1].name = 'השקעות';
        d.sectors[2].name = '教育 🎓 e\u0301';
        d.source.title = '\u202Eevil title';
      }),
    (d) => {
      expect(d.sectors.map((s) => s.name)).toEqual(['التجارة', 'השקעות', '教育 🎓 e\u0301']);
      expect(d.source.title).toBe('\u202Eevil title');
    },
  ],
];

describe('untrusted files of any shape: repeated entries count once, any text is kept', () => {
  it.each(accepted)('%s %s', (_id, _what, text, check) => {
    check(loaded(text()));
  });
});

type BuiltInCase = [
  id: string,
  what: string,
  change: (d: ReturnType<typeof builtIn>) => void,
  expected: string,
];
const builtIns: BuiltInCase[] = [
  [
    'B01',
    'a member who left before joining',
    (d) => (d.organisations[0].members[0].left = '1900-01-01'),
    'organisations[0].members[0].left: must be after joined',
  ],
  [
    'B02',
    'two organisations with one id',
    (d) => (d.organisations[1].id = d.organisations[0].id),
    'organisations[1].id: "UN" appears twice (also organisations[0])',
  ],
  ['B03', 'a region id equal to a group id', (d) => (d.regions[0].id = d.groups[0].id), 'regions[0].id: '],
  [
    'B04',
    'a named partner with via',
    (d) => (d.partners.find((p: { mention: string }) => p.mention === 'named').via = 'european-union'),
    '.via: only allowed when mention is',
  ],
  [
    'B05',
    'an unknown sector',
    (d) => (d.partners[0].sectors = ['piracy']),
    'partners[0].sectors[0]: unknown sector "piracy"',
  ],
  [
    'B06',
    'an unknown membership status',
    (d) => (d.organisations[0].members[0].status = 'king'),
    'organisations[0].members[0].status: expected one of',
  ],
  [
    'B07',
    'an organisation id in lower case',
    (d) => (d.organisations[0].id = 'sco'),
    'organisations[0].id: expected an upper-case acronym',
  ],
  [
    'B08',
    'a kebab-case id with spaces',
    (d) => (d.vectors[0].id = 'Central Asia'),
    'vectors[0].id: expected a kebab-case id',
  ],
  [
    'B09',
    'a group acronym equal to an organisation id',
    (d) => (d.groups[0].acronym = d.organisations[0].id),
    'groups[0].acronym: ',
  ],
];

describe('the built-in dataset: valid as shipped, and each broken variant refused', () => {
  it('B00 the shipped data/kazakhstan.json is valid', () => {
    expect(validateDataset(builtIn())).toMatchObject({ ok: true });
  });
  it.each(builtIns)('%s %s', (_id, _what, change, expected) => {
    const d = builtIn();
    change(d);
    const result = validateDataset(d);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map(word)).toContainEqual(expect.stringContaining(expected));
  });
});

describe('tests/bad-inputs.md', () => {
  it('lists exactly the ids tried here', () => {
    const table = readFileSync('tests/bad-inputs.md', 'utf8');
    const listed = [...table.matchAll(/^\| ([QDBE]\d\d) \|/gm)].map((m) => m[1]);
    const tried = [...queries, ...files, ...accepted, ...builtIns].map((c) => c[0]);
    expect(listed.filter((id) => !id?.startsWith('E'))).toEqual(
      ['B00', ...tried].sort((a, b) => order(a) - order(b)),
    );
  });
});
const order = (id: string) => 'QDB'.indexOf(id[0] ?? '') * 100 + Number(id.slice(1));
