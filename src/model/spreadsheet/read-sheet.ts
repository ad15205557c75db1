import type { Mention } from '../schema.ts';
import type { SheetMessage } from './sheet-message.ts';
import { COLUMNS, type Column, columnOf, coverageOf, relationOf, type SheetRelation } from './sheet-words.ts';

/** One record of the sheet, its cells trimmed; `row` is the spreadsheet's row number (header = 1). */
export type SheetRow = {
  row: number;
  country: string;
  relation: SheetRelation;
  quote?: string;
  section?: string;
  /** Several sectors or vectors may share one cell, separated by `,` or `;`. */
  sectors: string[];
  vectors: string[];
  coverage?: Mention;
  note?: string;
};

export type ReadSheet = {
  rows: SheetRow[];
  /** Each problem names its row and column, as the sheet writes them. */
  errors: SheetMessage[];
  /** The country and relation columns' headers as written, for messages about their cells. */
  headers: { country: string; relation: string };
};

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * Reads parsed records: the first is the header (any order, any case, en/ru/kk names; columns it
 * does not know are ignored), then one row per record. Blank records are skipped; their numbers
 * still count, so every row keeps the number the spreadsheet shows.
 */
export function readSheet(records: readonly (readonly string[])[]): ReadSheet {
  const errors: SheetMessage[] = [];
  const at = new Map<Column, number>();
  const header = records[0] ?? [];
  header.forEach((cell, i) => {
    const column = columnOf(cell);
    if (column === undefined) return;
    const first = at.get(column);
    if (first === undefined) at.set(column, i);
    else
      errors.push({
        id: 'import.error.duplicateColumn',
        values: { header: cell.trim(), first: first + 1, column: i + 1 },
      });
  });
  for (const column of ['country', 'relation'] as const) {
    if (!at.has(column)) errors.push({ id: 'import.error.noColumn', values: { column } });
  }
  const name = (column: Column) => (header[at.get(column) ?? -1] ?? column).trim();
  const headers = { country: name('country'), relation: name('relation') };
  if (errors.length > 0) return { rows: [], errors, headers };
  const rows: SheetRow[] = [];
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    const cells = Object.fromEntries(
      COLUMNS.map((c) => [c, at.has(c) ? (record[at.get(c) ?? -1] ?? '').trim() : '']),
    ) as Record<Column, string>;
    if (record.every((cell) => cell.trim() === '')) return;
    const problem = (id: SheetMessage['id'], column: Column) =>
      errors.push({ id, values: { row, column: name(column), value: cells[column] } });
    if (cells.country === '') problem('import.error.emptyCountry', 'country');
    const relation = relationOf(cells.relation);
    if (relation === undefined) problem('import.error.relation', 'relation');
    const coverage = cells.coverage === '' ? undefined : coverageOf(cells.coverage);
    if (cells.coverage !== '' && coverage === undefined) problem('import.error.coverage', 'coverage');
    if (cells.country === '' || relation === undefined) return;
    rows.push({
      row,
      country: cells.country,
      relation,
      sectors: list(cells.sector),
      vectors: list(cells.vector),
      ...(cells.quote !== '' && { quote: cells.quote }),
      ...(cells.section !== '' && { section: cells.section }),
      ...(coverage !== undefined && { coverage }),
      ...(cells.note !== '' && { note: cells.note }),
    });
  });
  if (rows.length === 0 && errors.length === 0) errors.push({ id: 'import.error.noRows' });
  return { rows, errors, headers };
}
