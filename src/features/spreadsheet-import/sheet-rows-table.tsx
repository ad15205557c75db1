import { useT } from '../../i18n/use-t.ts';
import type { SheetRow } from '../../model/spreadsheet/read-sheet.ts';
import type { RowState } from './sheet-choices.ts';
import { HOW_WORD, RELATION_WORD } from './sheet-words.ts';

type Props = {
  rows: readonly SheetRow[];
  state: (row: number) => RowState;
  nameOf: (id: string) => string;
};

/** Every row of the sheet: its number, the cell as written, the country it became and how. */
export function SheetRowsTable({ rows, state, nameOf }: Props) {
  const t = useT();
  return (
    // Focusable, so that a keyboard can scroll it sideways on a phone.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region (WCAG 2.1.1)
    <section className="sheet-import__table" aria-labelledby="sheet-import-title" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('import.column.row')}</th>
            <th scope="col">{t('import.column.written')}</th>
            <th scope="col">{t('import.column.country')}</th>
            <th scope="col">{t('import.column.how')}</th>
            <th scope="col">{t('import.column.relation')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const s = state(r.row);
            return (
              <tr key={r.row} data-row={r.row} data-country={s.id ?? ''}>
                <td>{r.row}</td>
                <td dir="auto">{r.country}</td>
                <td dir="auto">{s.id === null ? '—' : nameOf(s.id)}</td>
                <td>{t(HOW_WORD[s.how as keyof typeof HOW_WORD])}</td>
                <td>{t(RELATION_WORD[r.relation])}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
