// @vitest-environment node -- pure model tests
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { word } from '../../../src/i18n/i18n.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { tourFromSections } from '../../../src/model/tour-from-sections.ts';
import { validateDataset } from '../../../src/model/validate-dataset.ts';
import { validateTour } from '../../../src/model/validate-tour.ts';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../../data/${path}`, import.meta.url), 'utf8'));
const parsed = validateDataset(read('examples/mongolia-sample.json'));
if (!parsed.ok) throw new Error(parsed.errors.map(word).join('\n'));
const mongolia = parsed.dataset;

/** The sample split in two sections, listed in the opposite order to the one the quotes use. */
function twoSections(): Dataset {
  const d = structuredClone(mongolia);
  d.sections = [
    { id: 'neighbours', title: 'The two neighbours', articleHeading: false },
    { id: 'empty', title: 'A section with no quote', articleHeading: false },
    { id: 'third', title: 'The third neighbours', articleHeading: false },
  ];
  const inSection = (text: string) => (text.includes('third') ? 'third' : 'neighbours');
  for (const q of [...d.home.goals, ...d.home.priorities, ...d.home.principles])
    q.section = inSection(q.text);
  for (const item of [...d.vectors, ...d.groups]) item.quote.section = inSection(item.quote.text);
  for (const p of d.partners) for (const q of p.aims) q.section = inSection(q.text);
  return d;
}

describe('tourFromSections', () => {
  it('makes one slide per section with a quote, in section order, with its quotes and countries', () => {
    const tour = tourFromSections(twoSections());
    expect(tour.steps.map((s) => [s.id, s.title, s.section])).toEqual([
      ['neighbours', 'The two neighbours', 'neighbours'],
      ['third', 'The third neighbours', 'third'],
    ]);
    const [neighbours, third] = tour.steps;
    expect(neighbours?.countries).toEqual(['MNG', 'RUS', 'CHN']);
    expect(third?.countries).toEqual(['MNG', 'USA', 'JPN', ...(mongolia.groups[0]?.members ?? ['missing'])]);
  });

  it('keeps each quote once, drops one contained in another, and follows the article’s order', () => {
    const d = twoSections();
    const china =
      "a comprehensive strategic partnership with the People's Republic of China, its only two neighbours";
    const partner = d.partners.find((p) => p.id === 'CHN');
    if (partner) partner.aims = [{ text: china, section: 'neighbours' }];
    const [neighbours] = tourFromSections(d).steps;
    // The dataset lists the home country's principle first; the article has it last. The vector's
    // "its only two neighbours" is inside the China sentence, so it is not shown twice.
    expect(neighbours?.quotes).toEqual([
      'It maintains a comprehensive strategic partnership with the Russian Federation',
      china,
      'Mongolia promotes its status as a nuclear-weapon-free state.',
    ]);
  });

  it('gives a tour that validates against the dataset’s own body, sections and countries', () => {
    for (const d of [mongolia, twoSections()]) {
      const tour = tourFromSections(d);
      const result = validateTour(tour, {
        body: d.source.body ?? '',
        sections: new Set(d.sections.map((s) => s.id)),
        countries: new Set([d.home.id, ...d.partners.map((p) => p.id)]),
      });
      expect(result).toEqual({ ok: true, tour });
    }
  });

  it('never puts another dataset’s countries on a slide', () => {
    const ids = new Set(tourFromSections(mongolia).steps.flatMap((s) => s.countries));
    expect(ids).toEqual(new Set(['MNG', ...mongolia.partners.map((p) => p.id)]));
    expect(ids.has('KAZ')).toBe(false);
  });
});
