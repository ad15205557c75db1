// @vitest-environment node -- pure data tests
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { word } from '../../../src/i18n/i18n.ts';
import { membersOn } from '../../../src/model/membership.ts';
import { foldText, isVerbatimQuote } from '../../../src/model/quote-text.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { validateTour } from '../../../src/model/validate-tour.ts';
import { atlasLayout as layout } from '../geo/atlas-layout.ts';

const read = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const body = read('article.txt');
const dataset = JSON.parse(read('kazakhstan.json')) as Dataset;
const input = JSON.parse(read('tour.json')) as { steps: { id: string; quotes: string[]; note?: string }[] };
/** The article's paragraphs, white space folded: a slide's note is the paragraph(s) holding its quotes. */
const paragraphs = body
  .split(/\n\s*\n/)
  .map((p) => foldText(p))
  .filter((p) => p !== '');
const context = {
  body,
  sections: new Set(dataset.sections.map((s) => s.id)),
  countries: new Set(layout.shapes.filter((s) => s.interactive).map((s) => s.id)),
};

describe('data/tour.json', () => {
  const result = validateTour(input, context);

  it('is a valid tour', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(input.steps.flatMap((s) => [...s.quotes, ...(s.note ? [s.note] : [])].map((q) => [s.id, q])))(
    '%s quotes the article verbatim: %s',
    (_, quote) => {
      expect(isVerbatimQuote(quote, body)).toBe(true);
    },
  );

  it('follows the article section by section, as the issue lists the slides', () => {
    if (!result.ok) throw new Error('invalid');
    const order = dataset.sections.map((s) => s.id);
    const sectionIndex = result.tour.steps.map((s) => order.indexOf(s.section));
    expect(sectionIndex).toEqual([...sectionIndex].sort((a, b) => a - b));
    expect(result.tour.steps.map((s) => s.id)).toEqual([
      'concept',
      'goals',
      'regional-priorities',
      'organisations',
      'russia',
      'china',
      'central-asia',
      'cis-south-caucasus',
      'turkey',
      'iran',
      'united-states',
      'european-union',
      'japan-korea',
      'afghanistan',
      'india-pakistan',
      'middle-east',
      'principles',
    ]);
  });

  it.each(input.steps.filter((s) => s.note !== undefined).map((s) => [s.id, s] as const))(
    '%s: the note is the article paragraph (or paragraphs, in order) holding its quotes',
    (_, step) => {
      const holding = paragraphs.filter((p) => step.quotes.some((q) => p.includes(foldText(q))));
      expect(holding.length).toBeGreaterThan(0);
      expect(foldText(step.note ?? '')).toBe(holding.join(' '));
    },
  );

  it('each slide lights Kazakhstan, the countries its quotes name and the members of its `highlights`', () => {
    if (!result.ok) throw new Error('invalid');
    for (const step of result.tour.steps) {
      if (step.countries.length === 0) continue; // the whole map, nothing dimmed
      const text = foldText(step.quotes.join(' '));
      const named = dataset.partners
        .filter((p) => p.articleName && text.includes(p.articleName))
        .map((p) => p.id);
      const lit = (step.highlights ?? []).flatMap((id) => {
        const scope = [...dataset.groups, ...dataset.regions].find((s) => s.id === id);
        const org = dataset.organisations.find((o) => o.id === id);
        if (!scope && !org) throw new Error(`${step.id}: unknown highlight ${id}`);
        return scope ? scope.members : membersOn(org ?? { members: [] }, dataset.asOf);
      });
      const expected = [...new Set([dataset.home.id, ...named, ...lit])].sort();
      expect([...step.countries].sort(), step.id).toEqual(expected);
    }
  });

  it('highlights the countries each country slide is about', () => {
    if (!result.ok) throw new Error('invalid');
    const step = (id: string) => result.tour.steps.find((s) => s.id === id)?.countries ?? [];
    expect(step('russia')).toEqual(['KAZ', 'RUS']);
    expect(step('european-union')).toEqual(
      expect.arrayContaining(dataset.groups.find((g) => g.id === 'european-union')?.members ?? ['missing']),
    );
  });
});

describe('validateTour', () => {
  const step = {
    id: 'x',
    title: 'X',
    section: 'goals',
    quotes: ['Better understanding leads to deeper trust.'],
    countries: ['KAZ'],
  };

  it('refuses invented words, unknown sections and countries, and repeated ids', () => {
    const bad = {
      title: 'T',
      steps: [
        { ...step, quotes: ['Kazakhstan will leave the UN.'] },
        { ...step, section: 'epilogue', countries: ['ZZZ'] },
      ],
    };
    const result = validateTour(bad, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(word).join('\n')).toMatch(/not verbatim.*Kazakhstan will leave/);
    expect(result.errors.map(word).join('\n')).toMatch(/unknown section "epilogue"/);
    expect(result.errors.map(word).join('\n')).toMatch(/ZZZ is not a country/);
    expect(result.errors.map(word).join('\n')).toMatch(/id is used twice/);
  });

  it('reports schema problems by path and never throws on garbage', () => {
    const result = validateTour({ title: 'T', steps: [{ ...step, quotes: [] }] }, context);
    expect(result.ok ? [] : result.errors.map(word)).toEqual([
      expect.stringMatching(/^steps\[0\]\.quotes: /),
    ]);
    expect(validateTour(null, context).ok).toBe(false);
  });
});
