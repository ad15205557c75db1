import dataset from 'virtual:dataset';
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

  it('lists every partner without filters', () => {
    expect(tableRows(dataset, names, null, dataset.asOf, EN)).toHaveLength(dataset.partners.length);
  });

  it('writes RFC 4180 CSV with quoted fields where needed', () => {
    const [row] = rows;
    if (!row) throw new Error('no rows');
    const csv = rowsToCsv([{ ...row, name: 'A "quoted", name' }]).split('\r\n');
    expect(csv[0]).toBe(
      'ISO code,Country,Relation,Coverage,Vectors,Sectors,Stated aims,Shared organisations',
    );
    expect(csv[1]).toMatch(/^[A-Z]{3},"A ""quoted"", name",/);
    expect(csv[2]).toBe('');
    const russia = rowsToCsv(rows.filter((r) => r.id === 'RUS')).split('\r\n')[1];
    expect(russia).toMatch(/^RUS,Russia,Alliance,named,/);
    expect(russia).toContain('CSTO');
  });

  it('neutralises formula prefixes in names from a loaded file (OWASP CSV injection)', () => {
    const [row] = rows;
    if (!row) throw new Error('no rows');
    const line = rowsToCsv([{ ...row, vectors: '=1+2', sectors: '@SUM(1,1); -2+3' }]).split('\r\n')[1];
    expect(line).toContain(`,"'=1+2","'@SUM(1,1); -2+3",`);
  });
});
