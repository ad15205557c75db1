// @vitest-environment node -- reads data files
import { readFileSync } from 'node:fs';
import builtIn from 'virtual:dataset';
import tour from 'virtual:tour';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCountryIndex } from '../../../src/features/spreadsheet-import/load-country-index.ts';
import { datasetWords } from '../../../src/features/spreadsheet-import/sheet-words.ts';
import { t } from '../../../src/i18n/i18n.ts';
import { datasetFileText } from '../../../src/model/dataset-file.ts';
import { loadDatasetText } from '../../../src/model/load-dataset.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { buildDataset } from '../../../src/model/spreadsheet/build-dataset.ts';
import type { CountryIndex } from '../../../src/model/spreadsheet/country-index.ts';
import { matchedIds, previewSheet } from '../../../src/model/spreadsheet/preview-sheet.ts';
import { selectableIds } from '../../../src/world/world.ts';

/** The published JSON Schema, read as a validator of its own (not the zod schema it was made from). */
const publishedSchema = z.fromJSONSchema(
  JSON.parse(readFileSync(new URL('../../../data/dataset.schema.json', import.meta.url), 'utf8')),
);

/** The words the import itself gives a dataset where the sheet has none (English in tests). */
const words = datasetWords(t, 'Sheet');

/** Every column, quoted commas and a line break, both kinds of indirect coverage, a note only. */
const SHEET = [
  'country,relation,quote,section,sector,vector,coverage,note',
  'Kazakhstan,home,"A policy of many vectors.",Aims,,,,',
  'Russian Federation,alliance,"An ally; ""close"", old.",Neighbours,security;trade,North,,',
  'China,strategic partnership,"A partner,\nin two lines.",Neighbours,trade,East,,',
  'Germany,cooperation,"Europe, as a whole.",Europe,trade,West,through a group,',
  'Brazil,Сотрудничество,,Far,energy,South,by a regional phrase,Only a note',
  'France,cooperation,"</script><script>alert(1)",Europe,,West,group,',
  'Germany,cooperation,"A second quote for Germany.",Europe,energy,,through a group,',
].join('\r\n');

let index: CountryIndex;
beforeAll(async () => {
  index = await loadCountryIndex();
});

/** What "Download dataset" writes, loaded back as a chosen file is; fails with the problems. */
function roundTrip(dataset: Dataset, withTour?: typeof tour): Dataset {
  const text = datasetFileText(dataset, withTour);
  const schema = publishedSchema.safeParse(JSON.parse(text));
  if (!schema.success) throw new Error(`not valid against the JSON Schema: ${schema.error.message}`);
  const loaded = loadDatasetText(text, selectableIds);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.dataset;
}

const byId = (d: Dataset) =>
  Object.fromEntries(d.partners.map((p) => [p.id, [p.relation, p.mention, p.aims.map((a) => a.text)]]));

describe('a downloaded dataset loads back to the same map', () => {
  it('spreadsheet → preview → dataset → JSON → load: the same partners, relations, mentions and quotes', () => {
    const preview = previewSheet(SHEET, index, selectableIds);
    expect(preview.errors).toEqual([]);
    const built = buildDataset({
      words,
      asOf: '2026-11-30',
      relationHeader: 'relation',
      rows: preview.rows,
      ids: matchedIds(preview),
    });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const loaded = roundTrip(built.dataset);
    expect(loaded.home.id).toBe('KAZ');
    expect(loaded.home.goals.map((q) => q.text)).toEqual(['A policy of many vectors.']);
    expect(byId(loaded)).toEqual({
      RUS: ['alliance', 'named', ['An ally; "close", old.']],
      CHN: ['strategic-partnership', 'named', ['A partner,\nin two lines.']],
      DEU: ['cooperation', 'group', ['Europe, as a whole.', 'A second quote for Germany.']],
      BRA: ['cooperation', 'region', ['Only a note']],
      FRA: ['cooperation', 'group', ['</script><script>alert(1)']],
    });
    expect(loaded.groups.map((g) => g.members)).toEqual([['DEU', 'FRA']]);
    expect(loaded.regions.map((r) => r.members)).toEqual([['BRA']]);
    // Nothing is lost or added on the way: sections, vectors, sectors, everything.
    expect(loaded).toEqual(built.dataset);
  });

  it('the built-in dataset, with its tour, comes back equal', () => {
    expect(builtIn.tour).toBeUndefined();
    const loaded = roundTrip(builtIn, tour);
    const { tour: loadedTour, ...rest } = loaded;
    expect(rest).toEqual(builtIn);
    expect(loadedTour).toEqual(tour);
    expect(loaded.partners).toHaveLength(builtIn.partners.length);
  });

  it('a dataset that has its own tour keeps it, not the one offered beside it', () => {
    const own = roundTrip(builtIn, tour);
    const again = roundTrip(own, { ...tour, steps: tour.steps.slice(0, 1) });
    expect(again.tour).toEqual(tour);
  });

  it('the JSON Schema check can fail: a relation the schema does not know is refused', () => {
    const bad = { ...builtIn, partners: [{ ...builtIn.partners[0], relation: 'rivalry' }] };
    expect(publishedSchema.safeParse(bad).success).toBe(false);
    expect(() => roundTrip(bad as unknown as Dataset)).toThrow(/JSON Schema/);
  });
});
