import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/model/csv.ts';

/** Reads a CSV as RFC 4180 defines it, for round trips: quoted fields may hold , " CR LF. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('toCsv: RFC 4180', () => {
  it('ends every record, the last one included, with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });

  it('quotes fields holding a comma, a quote, CR or LF, and doubles inner quotes', () => {
    const cells = ['one, two', 'say "hi"', 'line\nbreak', 'cr\rhere', 'crlf\r\nhere', 'plain'];
    const csv = toCsv([cells]);
    expect(csv).toBe('"one, two","say ""hi""","line\nbreak","cr\rhere","crlf\r\nhere",plain\r\n');
    expect(readCsv(csv)).toEqual([cells]);
  });

  it('writes numbers as numbers and keeps Unicode as it is', () => {
    expect(toCsv([[3, -2, 'Türkiye', 'Инвестиции', 'التجارة']])).toBe('3,-2,Türkiye,Инвестиции,التجارة\r\n');
  });
});

describe('toCsv: OWASP CSV injection', () => {
  // Each payload must reach the spreadsheet as text: a leading ' and the whole cell quoted.
  const payloads = [
    '=1+2',
    '+Third neighbours',
    '-2+3',
    '@SUM(1,1)',
    '=HYPERLINK("http://example.invalid/","click")',
    '\t=1+2',
    '\r=1+2',
    ' =1+2',
    '\u00a0@SUM(1,1)',
    "=cmd|' /C calc'!A0",
    '=1\n+2',
  ];

  it.each(payloads)('neutralises %j', (payload) => {
    const csv = toCsv([[payload]]);
    expect(csv.startsWith(`"'`)).toBe(true);
    expect(readCsv(csv)).toEqual([[`'${payload}`]]);
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(toCsv([['Trade', 'e-mail', 'a=b', 5, -5]])).toBe('Trade,e-mail,a=b,5,-5\r\n');
  });
});
