// @vitest-environment node -- pure data tests
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { decodeCountries } from '../../../src/geo/atlas-fixes.ts';
import { countryNames, sovereignStates } from '../../../src/geo/country-names.ts';
import { layoutWorld } from '../../../src/geo/world-shapes.ts';
import { isVerbatimQuote } from '../../../src/model/quote-text.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { validateTour } from '../../../src/model/validate-tour.ts';

const read = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const body = read('article.txt');
const dataset = JSON.parse(read('kazakhstan.json')) as Dataset;
const input = JSON.parse(read('tour.json')) as { steps: { id: string; quotes: string[]; note?: string }[] };
const layout = layoutWorld({
  countries: decodeCountries(atlas as unknown as Topology),
  smallStates: sovereignStates,
  names: countryNames,
  width: 1000,
  height: 480,
  projection: 'equal-earth',
  exclude: ['ATA'],
});
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
    expect(result.errors.join('\n')).toMatch(/not verbatim.*Kazakhstan will leave/);
    expect(result.errors.join('\n')).toMatch(/unknown section "epilogue"/);
    expect(result.errors.join('\n')).toMatch(/ZZZ is not a country/);
    expect(result.errors.join('\n')).toMatch(/id is used twice/);
  });

  it('reports schema problems by path and never throws on garbage', () => {
    const result = validateTour({ title: 'T', steps: [{ ...step, quotes: [] }] }, context);
    expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(/^steps\[0\]\.quotes: /)]);
    expect(validateTour(null, context).ok).toBe(false);
  });
});
