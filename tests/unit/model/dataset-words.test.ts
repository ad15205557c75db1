// @vitest-environment node -- pure model tests
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { word } from '../../../src/i18n/i18n.ts';
import {
  arcsLabel,
  datasetShortName,
  datasetSubtitle,
  datasetTitle,
  exportFileBase,
  groupCoverageLabel,
} from '../../../src/model/dataset-words.ts';
import { filterValues, groupFilterId, organisationMembers } from '../../../src/model/filters.ts';
import { loadDatasetText } from '../../../src/model/load-dataset.ts';
import { membershipChanges } from '../../../src/model/membership-changes.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { validateDataset } from '../../../src/model/validate-dataset.ts';
import { selectableIds } from '../../../src/world/world.ts';

const read = (path: string) => readFileSync(new URL(`../../../data/${path}`, import.meta.url), 'utf8');
const parse = (text: string): Dataset => {
  const result = validateDataset(JSON.parse(text));
  if (!result.ok) throw new Error(result.errors.map(word).join('\n'));
  return result.dataset;
};
const builtIn = parse(read('kazakhstan.json'));
const mongolia = parse(read('examples/mongolia-sample.json'));
/** The first group of a dataset; every dataset here has one. */
const firstGroup = (d: Dataset) => {
  const group = d.groups[0];
  if (!group) throw new Error('no group');
  return group;
};
const mapIds = selectableIds;
/** A message in words (English, the tests' language); null stays null. */
const wordOf = (m: Parameters<typeof word>[0] | null) => m && word(m);

describe('the words that name a dataset come from the dataset', () => {
  it('the built-in dataset keeps its heading, button name and file names, from data/', () => {
    expect(datasetTitle(builtIn)).toBe("Kazakhstan's multi-vector foreign policy");
    expect(datasetShortName(builtIn, 'Kazakhstan')).toBe('Kazakhstan');
    expect(exportFileBase(builtIn, 'Kazakhstan')).toBe('kazakhstan-map');
    expect(wordOf(arcsLabel(builtIn))).toBe('Arcs from Astana');
    expect(wordOf(datasetSubtitle(builtIn, 'Kazakhstan', '3 March 2017'))).toBe(
      'Who Kazakhstan calls an ally, a strategic partner or a partner in cooperation, in the words of “Multi-vector policy of Kazakhstan” by Akmaral Aben (3 March 2017). Select a country to read what the article says about it.',
    );
  });

  it('a dataset without a title or short name uses its article’s title and its home country’s name', () => {
    expect(datasetTitle(mongolia)).toBe("Sample: Mongolia's third-neighbour policy");
    expect(datasetShortName(mongolia, 'Mongolia')).toBe('Mongolia');
    expect(exportFileBase(mongolia, 'Mongolia')).toBe('mongolia-map');
    expect(wordOf(arcsLabel(mongolia))).toBe('Arcs from Ulaanbaatar');
    expect(wordOf(datasetSubtitle(mongolia, 'Mongolia', '3 March 2017'))).toMatch(/^Who Mongolia calls /);
  });

  it('file names keep letters of any script, fold the rest, and never come out empty', () => {
    expect(exportFileBase({ ...mongolia, shortTitle: "Côte d'Ivoire / 2020" }, '')).toBe(
      'cote-d-ivoire-2020-map',
    );
    expect(exportFileBase({ ...mongolia, shortTitle: 'Монголия' }, '')).toBe('монголия-map');
    expect(exportFileBase({ ...mongolia, shortTitle: '«»' }, '')).toBe('mng-map');
  });

  it('the legend names the dataset’s own groups, or none', () => {
    expect(wordOf(groupCoverageLabel(builtIn))).toBe('Through a group (the European Union)');
    const league = { ...firstGroup(mongolia), id: 'arab-league', phrase: 'the Arab League' };
    expect(wordOf(groupCoverageLabel({ ...mongolia, groups: [league] }))).toBe(
      'Through a group (the Arab League)',
    );
    expect(wordOf(groupCoverageLabel({ ...mongolia, groups: [] }))).toBe('Through a group');
  });

  it('a capital off the globe is refused with its path', () => {
    const d = JSON.parse(read('examples/mongolia-sample.json'));
    d.home.capital.lat = 95;
    const result = validateDataset(d);
    expect(result.ok ? [] : result.errors.map(word)).toEqual([
      expect.stringMatching(/^home\.capital\.lat: Too big/),
    ]);
  });

  it('a dataset without a capital offers no arcs', () => {
    const { capital: _, ...home } = mongolia.home;
    expect(wordOf(arcsLabel({ ...mongolia, home }))).toBeNull();
  });
});

describe('groups in the organisation filter', () => {
  it('a group is filtered by its acronym when it has one (links keep ?org=EU), else by its id', () => {
    expect(groupFilterId(firstGroup(builtIn))).toBe('EU');
    expect(groupFilterId(firstGroup(mongolia))).toBe('european-union');
    expect(filterValues(mongolia, []).org).toEqual(['european-union']);
    expect(organisationMembers(mongolia, 'european-union', mongolia.asOf)).toHaveLength(28);
    expect(organisationMembers(mongolia, 'EU', mongolia.asOf)).toEqual([]);
  });

  it('every group’s departures are membership changes, under its filter value, dated by the last day as a member', () => {
    const d = structuredClone(mongolia);
    firstGroup(d).departures = [{ id: 'GBR', left: '2020-02-01' }];
    expect(membershipChanges(d, d.asOf, '2024-01-01')).toEqual([
      { org: 'european-union', country: 'GBR', change: 'left', date: '2020-01-31' },
    ]);
  });

  it('a group’s acronym may not be an organisation’s id', () => {
    const d = JSON.parse(read('examples/mongolia-sample.json'));
    d.groups[0].acronym = 'OSCE';
    d.organisations = [{ ...builtIn.organisations.find((o) => o.id === 'OSCE'), quote: d.groups[0].quote }];
    const result = validateDataset(d);
    expect(result.ok ? [] : result.errors.map(word)).toEqual([
      'groups[0].acronym: "OSCE" is also an organisation id',
    ]);
  });
});

describe('a loaded dataset’s own tour', () => {
  const withTour = (tour: unknown) =>
    JSON.stringify({ ...JSON.parse(read('examples/mongolia-sample.json')), tour });
  it('is accepted when its quotes are the article’s, its sections and countries known', () => {
    const tour = {
      title: 'Mongolia in two slides',
      steps: [
        {
          id: 'neighbours',
          title: 'Two neighbours',
          section: 'body',
          quotes: ['its only two neighbours'],
          countries: ['RUS', 'CHN'],
        },
        {
          id: 'nuclear',
          title: 'Nuclear-free',
          section: 'body',
          quotes: ['nuclear-weapon-free'],
          countries: [],
        },
      ],
    };
    const result = loadDatasetText(withTour(tour), mapIds);
    expect(result.ok && result.dataset.tour).toEqual(tour);
  });

  it('is refused with each problem and its path', () => {
    const tour = {
      title: 'Broken',
      steps: [
        { id: 'a', title: 'A', section: 'nowhere', quotes: ['Mongolia joins NATO.'], countries: ['ATA'] },
      ],
    };
    const result = loadDatasetText(withTour(tour), mapIds);
    expect(result.ok ? [] : result.errors.map(word)).toEqual([
      'tour.steps[0] (a): unknown section "nowhere"',
      'tour.steps[0] (a): not verbatim in the article: "Mongolia joins NATO."',
      'tour.steps[0] (a): ATA is not a country on the map',
    ]);
  });
});
