import { useMemo, useState } from 'react';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { COLUMNS, rowsToCsv, type Sort, sortRows, tableRows } from '../../model/table-rows.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useMatchingCountries, useMembershipDate } from '../../store/use-matching.ts';
import { countryNameById } from '../../world/world.ts';
import { downloadCsv } from './download-csv.ts';

/**
 * The covered countries as a table, for those who cannot or would rather not read the map: the
 * same filters apply, headers sort, a row opens the country's panel, and the rows download as CSV.
 * Loaded lazily: the first view does not need it.
 */
export default function CountryTable() {
  const dataset = useAppStore((s) => s.dataset);
  const selectedId = useAppStore((s) => s.selectedId);
  const matching = useMatchingCountries();
  const date = useMembershipDate();
  const t = useT();
  const locale = useLocale();
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'ascending' });
  const rows = useMemo(
    () => sortRows(tableRows(dataset, countryNameById, matching, date, { t, locale }), sort),
    [dataset, matching, date, sort, t, locale],
  );
  const select = (id: string) => useAppStore.getState().select(id);

  return (
    <div className="country-table">
      <div className="country-table__bar">
        <p className="muted">
          {rows.length} covered {rows.length === 1 ? 'country' : 'countries'}
        </p>
        <button
          type="button"
          className="button"
          onClick={() => downloadCsv(rowsToCsv(rows), `${dataset.home.id.toLowerCase()}-partners.csv`)}
        >
          Download CSV
        </button>
      </div>
      <div className="country-table__scroll">
        <table>
          <caption className="visually-hidden">
            Countries the article covers, sorted by {COLUMNS.find((c) => c.key === sort.key)?.heading}
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
                    {c.heading}
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
                <td>{r.coverage}</td>
                <td dir="auto">{r.vectors}</td>
                <td dir="auto">{r.sectors}</td>
                <td className="number">{r.aims}</td>
                <td dir="auto">{r.organisations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
