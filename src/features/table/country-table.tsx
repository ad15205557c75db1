import { Fragment, useMemo, useState } from 'react';
import { DatasetText } from '../../components/dataset-text.tsx';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { mentionLabel } from '../../model/labels.ts';
import type { TextInLanguage } from '../../model/localized.ts';
import {
  COLUMNS,
  LIST_SEPARATOR,
  rowsToCsv,
  type Sort,
  sortRows,
  tableRows,
} from '../../model/table-rows.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useMatchingCountries, useMembershipDate } from '../../store/use-matching.ts';
import { countryNameById } from '../../world/world.ts';
import { downloadCsv } from './download-csv.ts';

/** Names joined as in the CSV, each in its own language (English where the dataset has no translation). */
function ListCell({ parts }: { parts: readonly TextInLanguage[] }) {
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && LIST_SEPARATOR}
      <DatasetText {...part} inherit />
    </Fragment>
  ));
}

/**
 * The covered countries as a table, for those who cannot or would rather not read the map: the
 * same filters apply, headers sort, a row opens the country's panel, and the rows download as CSV.
 * Loaded lazily: the first view does not need it.
 */
export default function CountryTable() {
  const t = useT();
  const dataset = useAppStore((s) => s.dataset);
  const selectedId = useAppStore((s) => s.selectedId);
  const matching = useMatchingCountries();
  const date = useMembershipDate();
  // countryNameById answers in the language on screen: the rows are made again when it changes.
  const locale = useLocale();
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'ascending' });
  const rows = useMemo(
    () => sortRows(tableRows(dataset, countryNameById, matching, date, { t, locale }), sort, locale),
    [dataset, matching, date, sort, t, locale],
  );
  const select = (id: string) => useAppStore.getState().select(id);

  return (
    <div className="country-table">
      <div className="country-table__bar">
        <p className="muted">{t('table.count', { count: rows.length })}</p>
        <button
          type="button"
          className="button"
          onClick={() => downloadCsv(rowsToCsv(rows, t), `${dataset.home.id.toLowerCase()}-partners.csv`)}
        >
          {t('table.download')}
        </button>
      </div>
      <div className="country-table__scroll">
        <table>
          <caption className="visually-hidden">
            {t('table.caption', {
              column: t(COLUMNS.find((c) => c.key === sort.key)?.heading ?? 'table.columnCountry'),
            })}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.direction : undefined}>
                  <button
                    type="button"
                    className="country-table__sort"
                    onClick={() =>
                      setSort((s) => ({
                        key: c.key,
                        direction:
                          s.key === c.key && s.direction === 'ascending' ? 'descending' : 'ascending',
                      }))
                    }
                  >
                    {t(c.heading)}
                    <span aria-hidden="true">
                      {sort.key === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.id}
                data-id={r.id}
                aria-current={r.id === selectedId ? 'true' : undefined}
                onClick={() => select(r.id)}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="country-table__open"
                    onClick={(event) => {
                      event.stopPropagation();
                      select(r.id);
                    }}
                  >
                    <span dir="auto">{r.name}</span>
                  </button>
                </th>
                <td>{r.relation}</td>
                <td>{mentionLabel(r.coverage, t, locale, dataset)}</td>
                <td dir="auto">
                  <ListCell parts={r.parts.vectors} />
                </td>
                <td dir="auto">
                  <ListCell parts={r.parts.sectors} />
                </td>
                <td className="number">{r.aims}</td>
                <td dir="auto">
                  <ListCell parts={r.parts.organisations} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
