import { describe, expect, it } from 'vitest';
import { parseSheet } from '../../../../src/model/spreadsheet/parse-sheet.ts';
import { readSheet } from '../../../../src/model/spreadsheet/read-sheet.ts';

const read = (text: string) => readSheet(parseSheet(text).rows);

describe('parseSheet', () => {
  it('drops a UTF-8 byte-order mark, so the first header is still recognised', () => {
    const sheet = read('\uFEFFcountry,relation\nRussia,alliance\n');
    expect(sheet.errors).toEqual([]);
    expect(sheet.rows).toMatchObject([{ row: 2, country: 'Russia', relation: 'alliance' }]);
  });

  it('guesses `;` (European Excel), and a decimal comma stays inside its cell', () => {
    const parsed = parseSheet('country;relation;note\nChina;cooperation;1,5\nJapan;cooperation;2,25\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.rows[1]).toEqual(['China', 'cooperation', '1,5']);
  });

  it('keeps a quoted comma and a quoted line break inside one cell, and counts rows as records', () => {
    const sheet = read(
      'country,relation,quote\n"Korea, Rep.",cooperation,"one, two\nthree"\nJapan,cooperation,x\n',
    );
    expect(sheet.rows).toMatchObject([
      { row: 2, country: 'Korea, Rep.', quote: 'one, two\nthree' },
      { row: 3, country: 'Japan' },
    ]);
  });

  it('guesses `;` for a two-column sheet with empty trailing rows', () => {
    const parsed = parseSheet(
      'Страна;Отношение\r\nКитай;сотрудничество\r\nЯпония;сотрудничество\r\n\r\n\r\n',
    );
    expect(parsed.delimiter).toBe(';');
    expect(parsed.rows[2]).toEqual(['Япония', 'сотрудничество']);
  });

  it('reads CRLF line ends with no stray carriage return in the last cell', () => {
    const sheet = read('country,relation\r\nChina,strategic partnership\r\nIndia,cooperation\r\n');
    expect(sheet.rows.map((r) => r.relation)).toEqual(['strategic-partnership', 'cooperation']);
  });

  it('skips empty trailing rows (also rows of empty cells) without an error', () => {
    const sheet = read('country,relation\nChina,cooperation\n,\n , \n\n\n');
    expect(sheet.errors).toEqual([]);
    expect(sheet.rows).toHaveLength(1);
  });

  it('takes tabs for pasted cells, even when a cell holds a comma', () => {
    const parsed = parseSheet('country\trelation\tnote\nKorea, Rep.\tcooperation\ta, b\n');
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.rows[1]).toEqual(['Korea, Rep.', 'cooperation', 'a, b']);
  });

  it('keeps cells as text: "036" is not the number 36', () => {
    expect(parseSheet('country,relation\n036,cooperation\n').rows[1]?.[0]).toBe('036');
  });

  it('honours a delimiter the user chose over the guess', () => {
    expect(parseSheet('a;b,c\n1;2,3\n', ',').rows[1]).toEqual(['1;2', '3']);
  });
});

describe('readSheet', () => {
  it('recognises Cyrillic headers in any order and case, and the legend’s words for relations', () => {
    const sheet = read(
      'Цитата;ОТНОШЕНИЕ;Страна;Сфера\n«Слова»;Стратегическое партнерство;Китай;торговля, энергетика\n',
    );
    expect(sheet.errors).toEqual([]);
    expect(sheet.rows).toEqual([
      {
        row: 2,
        country: 'Китай',
        relation: 'strategic-partnership',
        quote: '«Слова»',
        sectors: ['торговля', 'энергетика'],
        vectors: [],
      },
    ]);
  });

  it('recognises Kazakh headers and relations', () => {
    const sheet = read('Ел,Қатынас,Қамту\nРесей,Одақтастық,топ арқылы\nҚытай,мақаладағы ел,\n');
    expect(sheet.rows).toMatchObject([
      { country: 'Ресей', relation: 'alliance', coverage: 'group' },
      { country: 'Қытай', relation: 'home' },
    ]);
  });

  it('names the spreadsheet row (header = row 1) and the column as written for a bad cell', () => {
    const sheet = read('Country,Relation\nChina,cooperation\n\nJapan,frenemy\n,alliance\n');
    expect(sheet.errors).toEqual([
      { id: 'import.error.relation', values: { row: 4, column: 'Relation', value: 'frenemy' } },
      { id: 'import.error.emptyCountry', values: { row: 5, column: 'Country', value: '' } },
    ]);
  });

  it('says which required column is missing', () => {
    expect(read('country,quote\nChina,x\n').errors).toEqual([
      { id: 'import.error.noColumn', values: { column: 'relation' } },
    ]);
  });
});
