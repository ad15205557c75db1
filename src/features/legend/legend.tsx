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
  const t = useT();
  const dataset = useAppStore((s) => s.dataset);
  const locale = useLocale();
  const group = groupCoverageLabel(dataset, locale);
  const coverage = [
    { id: 'named', label: t('legend.named'), note: t('legend.solid') },
    { id: 'group', label: t(group.id, group.values), note: t('legend.hatched') },
    { id: 'region', label: t('legend.region'), note: t('legend.dotted') },
  ];
  const chosen = useAppStore((s) => s.filters.relation);
  const toggle = useAppStore((s) => s.toggleFilter);
  const home = countryName(dataset.home.id);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        {t('legend.title')}
      </h2>
      <div className="legend__groups">
        <ul className="legend__list" aria-label={t('legend.relationList', { home })}>
          <li>
            <span className="swatch swatch--home" aria-hidden="true" />
            {t('legend.home', { home })}
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
        <ul className="legend__list" aria-label={t('legend.coverageList')}>
          {coverage.map((c) => (
            <li key={c.id}>
              <span className={`swatch swatch--cooperation swatch--${c.id}`} aria-hidden="true" />
              {/* One run of text: a long entry (ru, kk) wraps with its note, not beside it. */}
              <span>
                {c.label} <span className="muted">({c.note})</span>
              </span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
