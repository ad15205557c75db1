// @vitest-environment node -- reads the article and the JSON Schema
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { attach } from '../../../../src/model/article-draft/attach.ts';
import type { ArticleDraft } from '../../../../src/model/article-draft/draft-schema.ts';
import { draftToDataset } from '../../../../src/model/article-draft/draft-to-dataset.ts';
import { sectionsFromText } from '../../../../src/model/article-draft/sections.ts';
import { articleLanguage, datasetTitleText } from '../../../../src/model/dataset-words.ts';
import { loadDatasetText } from '../../../../src/model/load-dataset.ts';
import { tourFromSections } from '../../../../src/model/tour-from-sections.ts';
import { validateTour } from '../../../../src/model/validate-tour.ts';
import { selectableIds } from '../../../../src/world/world.ts';
import { builtIn, capitals, read, text, words } from './draft-fixture.ts';

const jsonSchema = z.fromJSONSchema(JSON.parse(read('dataset.schema.json')));

function draftWith(homeId = 'KAZ'): ArticleDraft {
  let d: ArticleDraft = {
    text,
    title: 'Goals',
    date: '2017-03-03',
    homeId,
    sections: sectionsFromText(text),
    attachments: [],
  };
  const passage = (from: string) => {
    const start = text.indexOf(from);
    expect(start).toBeGreaterThanOrEqual(0);
    return { start, end: text.indexOf('.', start) + 1 };
  };
  d = attach(d, passage('Based on the Good'), ['RUS'], 'alliance');
  d = attach(d, passage('It will deepen strategic'), ['CHN'], 'strategic-partnership');
  d = attach(d, passage('The development of multifaceted'), ['UZB', 'KGZ', 'TJK'], 'cooperation');
  d = attach(d, passage('Kazakhstan will continue traditional'), ['BLR', 'RUS'], 'cooperation');
  return d;
}

describe('a draft becomes a dataset', () => {
  it('passes the app’s own checks and the JSON Schema', () => {
    const dataset = draftToDataset(draftWith(), words, [builtIn], capitals);
    const loaded = loadDatasetText(JSON.stringify(dataset), selectableIds);
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
    expect(jsonSchema.safeParse(JSON.parse(JSON.stringify(dataset))).success).toBe(true);
    // The schema read from the file does refuse a broken dataset.
    expect(jsonSchema.safeParse({ ...dataset, partners: [] }).success).toBe(false);
  });

  it("records the article's language for its quotes, and its title as the article's own words", () => {
    const dataset = draftToDataset({ ...draftWith(), language: 'ru' }, words, [builtIn], capitals);
    expect(articleLanguage(dataset)).toBe('ru');
    expect(datasetTitleText(dataset, 'en')).toEqual({ text: 'Goals', lang: 'ru' });
    expect(datasetTitleText(dataset, 'kk')).toEqual({ text: 'Goals', lang: 'ru' });
    const loaded = loadDatasetText(JSON.stringify(dataset), selectableIds);
    expect(loaded.ok && loaded.dataset.source.language).toBe('ru');
    // Without a title, the stand-in is the interface's word, not the article's.
    const untitled = draftToDataset({ ...draftWith(), title: ' ' }, words, [builtIn], capitals);
    expect(datasetTitleText(untitled, 'en')).toEqual({ text: 'Untitled', lang: 'en' });
    expect(articleLanguage(draftToDataset(draftWith(), words, [builtIn], capitals))).toBe('en');
  });

  it('lists partners with their passages as aims, the closer relation winning', () => {
    const d = draftWith();
    const dataset = draftToDataset(d, words, [builtIn], capitals);
    const byId = Object.fromEntries(dataset.partners.map((p) => [p.id, p]));
    expect(Object.keys(byId).sort()).toEqual(['BLR', 'CHN', 'KGZ', 'RUS', 'TJK', 'UZB']);
    expect(byId.RUS?.relation).toBe('alliance');
    expect(byId.UZB?.relation).toBe('cooperation');
    expect(byId.RUS?.aims.map((q) => q.text)).toEqual(
      d.attachments.filter((a) => a.countries.includes('RUS')).map((a) => text.slice(a.start, a.end)),
    );
    for (const p of dataset.partners) for (const q of p.aims) expect(text).toContain(q.text);
  });

  it('takes the sections from the headings, and the tour from the sections follows the text', () => {
    const dataset = draftToDataset(draftWith(), words, [builtIn], capitals);
    expect(dataset.sections).toEqual([
      { id: 's1', title: 'Opening', articleHeading: false },
      { id: 's2', title: 'Country priorities', articleHeading: true },
    ]);
    const tour = tourFromSections(dataset);
    expect(tour.steps.length).toBeGreaterThan(0);
    expect(
      validateTour(tour, {
        body: text,
        sections: new Set(dataset.sections.map((s) => s.id)),
        countries: selectableIds,
      }).ok,
    ).toBe(true);
  });

  it('starts arcs at the built-in Astana for Kazakhstan, and at the table’s capital elsewhere', () => {
    expect(draftToDataset(draftWith(), words, [builtIn], capitals).home.capital).toEqual({
      name: 'Astana',
      lon: 71.45,
      lat: 51.17,
    });
    expect(draftToDataset(draftWith('UZB'), words, [builtIn], capitals).home.capital).toMatchObject({
      name: 'Tashkent',
    });
  });

  it('lists the built-in organisations the attached countries belong to on the draft’s date, quoting the draft', () => {
    const dataset = draftToDataset(draftWith(), words, [builtIn], capitals);
    const ids = dataset.organisations.map((o) => o.id);
    expect(ids).toContain('CSTO');
    expect(ids).toContain('SCO');
    // The EAEU's members on 2017-03-03 include Russia and Belarus; it exists from 2015.
    // The draft names the CSTO: its quote is the draft's sentence naming it.
    expect(dataset.organisations.find((o) => o.id === 'CSTO')?.quote.text).toMatch(
      /^Within the United Nations, the CIS, CICMA, CSTO/,
    );
    expect(ids).toContain('EAEU');
    const early = draftToDataset({ ...draftWith(), date: '2010-01-01' }, words, [builtIn], capitals);
    expect(early.organisations.map((o) => o.id)).not.toContain('EAEU');
    for (const o of dataset.organisations) expect(text).toContain(o.quote.text);
  });

  it('uses passages attached to the home country as its goals', () => {
    let d = draftWith();
    const at = text.indexOf('Country priorities');
    d = attach(d, { start: at, end: at + 18 }, ['KAZ'], 'cooperation');
    const dataset = draftToDataset(d, words, [builtIn], capitals);
    expect(dataset.home.goals).toEqual([{ text: 'Country priorities', section: 's2' }]);
    expect(dataset.partners.map((p) => p.id)).not.toContain('KAZ');
  });
});
