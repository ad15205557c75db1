import { useT } from '../../i18n/use-t.ts';
import type { SheetPreview } from '../../model/spreadsheet/preview-sheet.ts';
import type { SheetRow } from '../../model/spreadsheet/read-sheet.ts';

type Props = {
  preview: SheetPreview;
  pending: readonly SheetRow[];
  nameOf: (id: string) => string;
  choose: (row: number, id: string | null) => void;
};

/**
 * Rows whose country is unknown or ambiguous, each with one-click suggestions and "Leave out",
 * in a live status region that is always there (so a screen reader hears it change).
 */
export function SheetProblems({ preview, pending, nameOf, choose }: Props) {
  const t = useT();
  return (
    <div className="sheet-import__problems" role="status">
      {pending.length === 0 ? (
        preview.rows.length > 0 && <p>{t('import.allMatched')}</p>
      ) : (
        <>
          <p>
            <strong>{t('import.problems.title', { count: pending.length })}</strong>
          </p>
          <ul>
            {pending.map((r) => {
              const match = preview.matches.get(r.row);
              const options =
                match?.kind === 'ambiguous'
                  ? match.candidates
                  : match?.kind === 'unmatched'
                    ? match.suggestions
                    : [];
              const values = { row: r.row, value: r.country };
              return (
                <li key={r.row}>
                  <p dir="auto">
                    {match?.kind === 'ambiguous'
                      ? t('import.ambiguous', values)
                      : t('import.unmatched', values)}
                  </p>
                  {options.length === 0 && <p>{t('import.noSuggestion')}</p>}
                  <div className="sheet-import__choices">
                    {options.map((id) => (
                      <button
                        key={id}
                        type="button"
                        className="button"
                        aria-label={t('import.suggestion', { country: nameOf(id), row: r.row })}
                        onClick={() => choose(r.row, id)}
                      >
                        {nameOf(id)}
                      </button>
                    ))}
                    <button type="button" className="button" onClick={() => choose(r.row, null)}>
                      {t('import.skip', { row: r.row })}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
