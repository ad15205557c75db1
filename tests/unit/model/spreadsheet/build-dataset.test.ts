// @vitest-environment node -- reads a fixture file
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCountryIndex } from '../../../../src/features/spreadsheet-import/load-country-index.ts';
import { loadDatasetText } from '../../../../src/model/load-dataset.ts';
import { buildDataset } from '../../../../src/model/spreadsheet/build-dataset.ts';
import type { CountryIndex } from '../../../../src/model/spreadsheet/country-index.ts';
import { matchedIds, previewSheet } from '../../../../src/model/spreadsheet/preview-sheet.ts';
import type { DatasetWords } from '../../../../src/model/spreadsheet/sheet-words-for-data.ts';
import { selectableIds } from '../../../../src/world/world.ts';

const messy = readFileSync(new URL('../../../fixtures/messy-sheet.csv', import.meta.url), 'utf8');
const words: DatasetWords = {
  title: 'messy-sheet',
  author: 'a',
  authorRole: 'b',
  publication: 'c',
  subject: 'd',
  section: 'Sheet',
  vector: 'All',
  vectorDescription: 'All partners',
  sector: 'General',
  group: 'A group',
  region: 'A region',
  rule: 'As listed',
  homeText: 'No aims.',
  noQuote: (row) => `Row ${row}: no quote.`,
};
let index: CountryIndex;
beforeAll(async () => {
  index = await loadCountryIndex();
});
const base = { words, asOf: '2026-11-30', relationHeader: 'relation' };

describe('a spreadsheet becomes a dataset', () => {
  it('reads the messy fixture (BOM, `;`, CRLF, Cyrillic, variants), with one unknown country', () => {
    const preview = previewSheet(messy, index, selectableIds);
    expect(preview.delimiter).toBe(';');
    expect(preview.errors).toEqual([]);
    expect(Object.fromEntries(matchedIds(preview))).toEqual({
      2: 'UZB',
      3: 'RUS',
      4: 'CHN',
      5: 'USA',
      6: 'KOR',
      7: 'KGZ',
      8: 'VNM',
    });
    expect(preview.matches.get(9)).toEqual({ kind: 'unmatched', suggestions: ['MNG'] });
  });

  it('round-trips: spreadsheet → dataset → JSON → loadDatasetText → the same partners and relations', () => {
    const preview = previewSheet(messy, index, selectableIds);
    const ids = matchedIds(preview).set(9, 'MNG');
    const built = buildDataset({ ...base, rows: preview.rows, ids });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const loaded = loadDatasetText(JSON.stringify(built.dataset), selectableIds);
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(loaded.dataset.home.id).toBe('UZB');
    expect(Object.fromEntries(loaded.dataset.partners.map((p) => [p.id, p.relation]))).toEqual({
      RUS: 'alliance',
      CHN: 'strategic-partnership',
      USA: 'strategic-partnership',
      KOR: 'cooperation',
      KGZ: 'cooperation',
      VNM: 'cooperation',
      MNG: 'cooperation',
    });
    const russia = loaded.dataset.partners.find((p) => p.id === 'RUS');
    expect(russia?.aims.map((a) => a.text)).toEqual(['Союз; договор']);
    expect(loaded.dataset.sectors.find((s) => russia?.sectors.includes(s.id))?.name).toBe('безопасность');
    expect(loaded.dataset.home.goals[0]?.text).toBe('«Многовекторная политика»');
    expect(loaded.dataset.partners.find((p) => p.id === 'KOR')?.aims[0]?.text).toBe('Row 6: no quote.');
  });

  it('leaves out a row without a country and asks for the home country when no row names it', () => {
    const preview = previewSheet(
      'country,relation\nChina,cooperation\nAtlantis,cooperation\n',
      index,
      selectableIds,
    );
    const ids = matchedIds(preview);
    expect(buildDataset({ ...base, rows: preview.rows, ids })).toEqual({
      ok: false,
      errors: [{ id: 'import.error.noHome' }],
    });
    const built = buildDataset({ ...base, rows: preview.rows, ids, homeId: 'MNG' });
    expect(built.ok && built.dataset.partners.map((p) => p.id)).toEqual(['CHN']);
  });

  it('names the row and column of a conflicting relation and of the home country as a partner', () => {
    const preview = previewSheet(
      'Страна,Отношение\nMongolia,home\nChina,cooperation\nКитай,alliance\nMNG,cooperation\n',
      index,
      selectableIds,
    );
    expect(
      buildDataset({ ...base, relationHeader: 'Отношение', rows: preview.rows, ids: matchedIds(preview) }),
    ).toEqual({
      ok: false,
      errors: [
        { id: 'import.error.conflict', values: { row: 4, column: 'Отношение', first: 3 } },
        { id: 'import.error.homePartner', values: { row: 5, column: 'Отношение' } },
      ],
    });
  });

  it('turns coverage into a group or region the partner goes through', () => {
    const preview = previewSheet(
      'country,relation,coverage\nMNG,home,\nFRA,cooperation,group\nJPN,cooperation,region\n',
      index,
      selectableIds,
    );
    const built = buildDataset({ ...base, rows: preview.rows, ids: matchedIds(preview) });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.dataset.partners.map((p) => [p.id, p.mention, p.via])).toEqual([
      ['FRA', 'group', 'sheet-group'],
      ['JPN', 'region', 'sheet-region'],
    ]);
    expect(built.dataset.groups[0]?.members).toEqual(['FRA']);
  });
});
