import Papa from 'papaparse';

/** The delimiters a spreadsheet export or a paste uses. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** A parsed sheet: one array of cells per record; record i is spreadsheet row i + 1. */
export type ParsedSheet = { rows: string[][]; delimiter: Delimiter };

const isDelimiter = (value: string): value is Delimiter => (DELIMITERS as readonly string[]).includes(value);

/**
 * Papa Parse's guess over the first records, blank ones skipped: counted in, an empty trailing
 * row lowers the average field count of a two-column sheet below its threshold of 2, and the
 * guess falls back to a comma.
 */
function guess(body: string): string {
  const { meta } = Papa.parse<string[]>(body, {
    delimitersToGuess: [...DELIMITERS],
    skipEmptyLines: 'greedy',
    preview: 50,
  });
  return meta.delimiter;
}

/**
 * Parses CSV/TSV text or cells pasted from a spreadsheet (Papa Parse: quoted commas and line
 * breaks, CRLF). A UTF-8 byte-order mark is dropped (Excel writes one, and File.text() keeps it).
 * Without `delimiter`, a tab in the first line wins (pasted cells are tab-separated), else Papa
 * Parse guesses among `, ; tab |`. Cells stay text ("036" stays "036"). Blank records are kept,
 * so that record numbers stay spreadsheet row numbers; the reader skips them.
 */
export function parseSheet(text: string, delimiter?: Delimiter): ParsedSheet {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const chosen = delimiter ?? (firstLine.includes('\t') ? '\t' : guess(body));
  const result = Papa.parse<string[]>(body, {
    delimiter: chosen,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const used = result.meta.delimiter;
  return { rows: result.data, delimiter: isDelimiter(used) ? used : ',' };
}
