import { useId } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { SheetRow } from '../../model/spreadsheet/read-sheet.ts';
import { useCountryOptions } from '../../world/use-country-name.ts';

type Props = {
  homeRow: SheetRow | undefined;
  homeId: string | undefined;
  value: string;
  onChange: (id: string) => void;
  nameOf: (id: string) => string;
};

/** Says which row names the home country, or asks for it when no row does. */
export function HomeChooser({ homeRow, homeId, value, onChange, nameOf }: Props) {
  const t = useT();
  const id = useId();
  const options = useCountryOptions(nameOf);
  if (homeRow && homeId) {
    return <p dir="auto">{t('import.home.fromSheet', { country: nameOf(homeId), row: homeRow.row })}</p>;
  }
  return (
    <p className="sheet-import__home">
      <label htmlFor={id}>{t('import.home.label')}</label>
      <select id={id} data-home value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{t('import.home.placeholder')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </p>
  );
}
