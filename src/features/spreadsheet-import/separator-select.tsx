import { useId } from 'react';
import type { MessageId } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import { DELIMITERS, type Delimiter } from '../../model/spreadsheet/parse-sheet.ts';

const NAME: Record<Delimiter, MessageId> = {
  ',': 'import.separator.comma',
  ';': 'import.separator.semicolon',
  '\t': 'import.separator.tab',
  '|': 'import.separator.bar',
};

/** The separator the sheet was read with (guessed), which the user may change. */
export function SeparatorSelect({ value, onChange }: { value: Delimiter; onChange: (d: Delimiter) => void }) {
  const t = useT();
  const id = useId();
  return (
    <p className="sheet-import__separator">
      <label htmlFor={id}>{t('import.separatorLabel')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = DELIMITERS.find((d) => d === event.currentTarget.value);
          if (chosen) onChange(chosen);
        }}
      >
        {DELIMITERS.map((d) => (
          <option key={d} value={d}>
            {t(NAME[d])}
          </option>
        ))}
      </select>
    </p>
  );
}
