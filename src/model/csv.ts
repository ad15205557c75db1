import { unparse } from 'papaparse';

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): a leading = + - @, also
 * after white space (Excel and LibreOffice skip it), or a leading tab or carriage return.
 * Papa Parse's own default misses a formula with a line break in it (its `.*$` stops at `\n`).
 */
const FORMULA = /^(\s*[=+\-@]|[\t\r])/;

/**
 * Rows as RFC 4180 CSV: fields holding `,` `"` CR or LF quoted, inner quotes doubled, every record
 * ended by CRLF. A text cell that could start a formula is written as text: `'` in front, quoted.
 * Numbers stay numbers (a count of -2 is not a formula).
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  if (rows.length === 0) return '';
  return `${unparse(rows as (string | number)[][], { newline: '\r\n', escapeFormulae: FORMULA })}\r\n`;
}
