import dataset from 'virtual:dataset';
import kk from 'virtual:names/kk';
import ru from 'virtual:names/ru';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/i18n.ts';
import { rowsToCsv, sortRows, tableRows } from '../../../src/model/table-rows.ts';

const EN = { t, locale: 'en' } as const;

const names = new Map([
  ['RUS', 'Russia'],
  ['CHN', 'China'],
  ['USA', 'United States'],
  ['KGZ', 'Kyrgyzstan'],
]);
const rows = tableRows(dataset, names, new Set(['RUS', 'CHN', 'USA', 'KGZ']), dataset.asOf, EN);

describe('table rows', () => {
  it('keeps only matching partners and sorts relation by closeness', () => {
    const byRelation = sortRows(rows, { key: 'relation', direction: 'ascending' }).map((r) => r.id);
    expect(byRelation).toEqual(['RUS', 'CHN', 'USA', 'KGZ']);
    expect(sortRows(rows, { key: 'name', direction: 'descending' }).map((r) => r.id)).toEqual([
      'USA',
      'RUS',
      'KGZ',
      'CHN',
    ]);
  });

  it('sorts country names in the alphabet of the interface language', () => {
    const inRussian = sortRows(
      tableRows(dataset, new Map(Object.entries(ru)), null, dataset.asOf, EN),
      {
        key: 'name',
        direction: 'ascending',
      },
      'ru',
    ).map((r) => r.name);
    expect(inRussian.indexOf('Австралия')).toBeLessThan(inRussian.indexOf('Япония'));
    expect(inRussian.at(-1)).toBe('Япония');
  });

  it.runIf(Intl.Collator.supportedLocalesOf('kk').length > 0)(
    'sorts Kazakh letters by Kazakh collation (Ұ before Ү, Ө after О)',
    () => {
      const rows = tableRows(
        dataset,
        new Map(Object.entries(kk)),
        new Set(['GBR', 'IND', 'OMN', 'UZB', 'AZE', 'AFG']),
        dataset.asOf,
        EN,
      );
      const byName = sortRows(rows, { key: 'name', direction: 'ascending' }, 'kk').map((r) => r.name);
      // The Unicode default order would put Үндістан before Ұлыбритания.
      expect(byName).toEqual(['Ауғанстан', 'Әзірбайжан', 'Оман', 'Өзбекстан', 'Ұлыбритания', 'Үндістан']);
    },
  );

  it('lists every partner without filters', () => {
    expect(tableRows(dataset, names, null, dataset.asOf, EN)).toHaveLength(dataset.partners.length);
  });

  it('writes RFC 4180 CSV with quoted fields where needed', () => {
    const [row] = rows;
    if (!row) throw new Error('no rows');
    const csv = rowsToCsv([{ ...row, name: 'A "quoted", name' }], t).split('\r\n');
    expect(csv[0]).toBe(
      'ISO code,Country,Relation,Coverage,Vectors,Sectors,Stated aims,Shared organisations',
    );
    expect(csv[1]).toMatch(/^[A-Z]{3},"A ""quoted"", name",/);
    expect(csv[2]).toBe('');
    const russia = rowsToCsv(
      rows.filter((r) => r.id === 'RUS'),
      t,
    ).split('\r\n')[1];
    expect(russia).toMatch(/^RUS,Russia,Alliance,named,/);
    expect(russia).toContain('CSTO');
  });

  it('neutralises formula prefixes in names from a loaded file (OWASP CSV injection)', () => {
    const [row] = rows;
    if (!row) throw new Error('no rows');
    const line = rowsToCsv([{ ...row, vectors: '=1+2', sectors: '@SUM(1,1); -2+3' }], t).split('\r\n')[1];
    expect(line).toContain(`,"'=1+2","'@SUM(1,1); -2+3",`);
  });
});
