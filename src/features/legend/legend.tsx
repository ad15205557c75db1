import { useLocale, useT } from '../../i18n/use-t.ts';
import { groupCoverageLabel } from '../../model/dataset-words.ts';
import { RELATION_FILTERS } from '../../model/filters.ts';
import { relationLabel } from '../../model/labels.ts';
import { useAppStore } from '../../store/app-store.ts';
import { countryName } from '../../world/world.ts';

/**
 * Explains both channels: colour for the relation, texture for how the article covers a country.
 * The relation entries are the relation filter's toggles (aria-pressed shows which are on).
 */
export function Legend() {
  const homeId = useAppStore((s) => s.dataset.home.id);
  const dataset = useAppStore((s) => s.dataset);
  const t = useT();
  const locale = useLocale();
  const groupLabel = groupCoverageLabel(dataset, locale);
  const coverage = [
    { id: 'named', label: 'Named in the article', note: 'solid' },
    { id: 'group', label: groupLabel, note: 'hatched' },
    { id: 'region', label: 'Only by a regional phrase', note: 'dotted' },
  ];
  const chosen = useAppStore((s) => s.filters.relation);
  const toggle = useAppStore((s) => s.toggleFilter);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        Legend
      </h2>
      <div className="legend__groups">
        <ul className="legend__list" aria-label={`Relation to ${countryName(homeId)} (select to filter)`}>
          <li>
            <span className="swatch swatch--home" aria-hidden="true" />
            {countryName(homeId)} (home)
          </li>
          {RELATION_FILTERS.map((relation) => (
            <li key={relation}>
              <button
                type="button"
                className="legend__toggle"
                aria-pressed={chosen.includes(relation)}
                onClick={() => toggle('relation', relation)}
              >
                <span className={`swatch swatch--${relation}`} aria-hidden="true" />
                {relationLabel(relation, t, locale, dataset)}
              </button>
            </li>
          ))}
        </ul>
        <ul className="legend__list" aria-label="How the article covers a country">
          {coverage.map((c) => (
            <li key={c.id}>
              <span className={`swatch swatch--cooperation swatch--${c.id}`} aria-hidden="true" />
              {c.label} <span className="muted">({c.note})</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
