// @vitest-environment node -- reads the article (draft-fixture.ts)
import { describe, expect, it } from 'vitest';
import { attach } from '../../../../src/model/article-draft/attach.ts';
import type { ArticleDraft } from '../../../../src/model/article-draft/draft-schema.ts';
import { draftToDataset } from '../../../../src/model/article-draft/draft-to-dataset.ts';
import {
  addQuote,
  addSlide,
  addSlideCountry,
  dropTour,
  editTour,
  moveSlide,
  removeQuote,
  removeSlide,
  removeSlideCountry,
  renameSlide,
  renameTour,
} from '../../../../src/model/article-draft/draft-tour.ts';
import { sectionsFromText } from '../../../../src/model/article-draft/sections.ts';
import { loadDatasetText } from '../../../../src/model/load-dataset.ts';
import { tourFromSections } from '../../../../src/model/tour-from-sections.ts';
import { selectableIds } from '../../../../src/world/world.ts';
import { builtIn, capitals, text, words } from './draft-fixture.ts';

const at = (from: string, length: number) => {
  const start = text.indexOf(from);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + length };
};
const sentence = (from: string) => {
  const { start } = at(from, 0);
  return { start, end: text.indexOf('.', start) + 1 };
};

function plainDraft(): ArticleDraft {
  let d: ArticleDraft = {
    text,
    title: 'Goals',
    date: '2017-03-03',
    homeId: 'KAZ',
    sections: sectionsFromText(text),
    attachments: [],
  };
  d = attach(d, sentence('Based on the Good'), ['RUS'], 'alliance');
  d = attach(d, sentence('It will deepen strategic'), ['CHN'], 'strategic-partnership');
  return attach(d, sentence('The development of multifaceted'), ['UZB', 'KGZ', 'TJK'], 'cooperation');
}
const made = (d: ArticleDraft) => tourFromSections(draftToDataset(d, words, [builtIn], capitals));
/** A draft whose tour is being edited, as made from its two sections. */
const edited = () => {
  const d = plainDraft();
  return editTour(d, made(d));
};
const ids = (d: ArticleDraft) => d.tour?.steps.map((s) => s.id);

describe('editing the tour slide by slide', () => {
  it('starts from the tour made from the sections, and goes back to it', () => {
    const d = plainDraft();
    expect(d.tour).toBeUndefined();
    const e = editTour(d, made(d));
    expect(e.tour).toEqual(made(d));
    expect(ids(e)).toEqual(['s1', 's2']);
    expect(editTour(e, made(d))).toBe(e);
    const back = dropTour(e);
    expect('tour' in back).toBe(false);
    expect(dropTour(back)).toBe(back);
  });

  it('renames the tour and a slide (trimmed), refusing an empty title', () => {
    const e = edited();
    expect(renameTour(e, '  My tour ').tour?.title).toBe('My tour');
    expect(renameTour(e, '   ')).toBe(e);
    const r = renameSlide(e, 's2', ' Neighbours ');
    expect(r.tour?.steps[1]?.title).toBe('Neighbours');
    expect(r.tour?.steps[0]).toBe(e.tour?.steps[0]);
    expect(renameSlide(e, 's2', '')).toBe(e);
    expect(renameSlide(r, 's2', 'Neighbours')).toBe(r);
    expect(renameSlide(e, 'nope', 'X')).toBe(e);
  });

  it('moves a slide by one place, not past either edge', () => {
    const e = edited();
    expect(ids(moveSlide(e, 's2', -1))).toEqual(['s2', 's1']);
    expect(ids(moveSlide(e, 's1', 1))).toEqual(['s2', 's1']);
    expect(moveSlide(e, 's1', -1)).toBe(e);
    expect(moveSlide(e, 's2', 1)).toBe(e);
  });

  it('removes a slide, but never the last one', () => {
    const e = edited();
    const one = removeSlide(e, 's1');
    expect(ids(one)).toEqual(['s2']);
    expect(removeSlide(one, 's2')).toBe(one);
    expect(removeSlide(e, 'nope')).toBe(e);
  });

  it('adds a slide from a passage: its section, the home country and the overlapping passages’ countries', () => {
    const e = edited();
    // Overlaps the China passage only: " It will deepen…" with the blank before it trimmed.
    const range = at('It will deepen strategic', 40);
    const a = addSlide(e, { start: range.start - 1, end: range.end }, 'Opening');
    const added = a.tour?.steps.at(-1);
    expect(added).toEqual({
      id: 'slide-3',
      title: 'Country priorities',
      section: 's2',
      quotes: [text.slice(range.start, range.end)],
      countries: ['KAZ', 'CHN'],
    });
    // After a given slide, with an id no slide has.
    const b = addSlide(a, at('Within the United Nations', 25), 'Opening', 's1');
    expect(ids(b)).toEqual(['s1', 'slide-4', 's2', 'slide-3']);
    expect(b.tour?.steps[1]).toMatchObject({ title: 'Opening', section: 's1', countries: ['KAZ'] });
    expect(addSlide(e, { start: 0, end: 0 }, 'Opening')).toBe(e);
    expect(addSlide(plainDraft(), range, 'Opening').tour).toBeUndefined();
  });

  it('adds and removes quotes, without repeats and keeping one', () => {
    const e = edited();
    const range = at('Within the United Nations', 25);
    const q = addQuote(e, 's2', range);
    const quotes = q.tour?.steps[1]?.quotes ?? [];
    expect(quotes.at(-1)).toBe('Within the United Nations');
    expect(addQuote(q, 's2', range)).toBe(q);
    expect(removeQuote(q, 's2', 'Within the United Nations').tour?.steps[1]?.quotes).toEqual(
      e.tour?.steps[1]?.quotes,
    );
    const single = e.tour?.steps.find((s) => s.quotes.length === 1);
    if (!single) throw new Error('expected a slide with one quote');
    expect(removeQuote(e, single.id, single.quotes[0] ?? '')).toBe(e);
    expect(removeQuote(e, 's2', 'not there')).toBe(e);
  });

  it('adds and removes a slide’s countries (alpha-3, no repeats)', () => {
    const e = edited();
    const c = addSlideCountry(e, 's1', 'MNG');
    expect(c.tour?.steps[0]?.countries.at(-1)).toBe('MNG');
    expect(addSlideCountry(c, 's1', 'MNG')).toBe(c);
    expect(addSlideCountry(e, 's1', 'mongolia')).toBe(e);
    expect(removeSlideCountry(c, 's1', 'MNG').tour?.steps[0]?.countries).toEqual(e.tour?.steps[0]?.countries);
    expect(removeSlideCountry(e, 's1', 'MNG')).toBe(e);
  });

  it('gives a tour the dataset checker accepts, played as edited', () => {
    let d = edited();
    d = moveSlide(d, 's2', -1);
    d = renameSlide(d, 's2', 'Neighbours first');
    d = addSlide(d, at('Within the United Nations', 40), 'Opening');
    d = addQuote(d, 's1', at('It will deepen strategic', 30));
    d = addSlideCountry(d, 'slide-3', 'MNG');
    d = renameTour(d, 'My tour');
    const loaded = loadDatasetText(
      JSON.stringify(draftToDataset(d, words, [builtIn], capitals)),
      selectableIds,
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.dataset.tour).toEqual(d.tour);
    expect(loaded.dataset.tour?.steps.map((s) => [s.id, s.title])).toEqual([
      ['s2', 'Neighbours first'],
      ['s1', 'Opening'],
      ['slide-3', 'Opening'],
    ]);
  });
});
