import { type MessageId, t as word } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import type { SheetMessage } from '../../model/spreadsheet/sheet-message.ts';

/** Problems that stop the sheet from becoming a map, each naming its row and column. */
export function SheetErrors({ errors }: { errors: readonly SheetMessage[] }) {
  const t = useT();
  if (errors.length === 0) return null;
  return (
    <div className="sheet-import__errors" role="alert">
      <p>
        <strong>{t('import.errors.title', { count: errors.length })}</strong>
      </p>
      <ul>
        {errors.map((error) => {
          const text = word(error.id as MessageId, error.values);
          return (
            <li key={text} dir="auto">
              {text}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
