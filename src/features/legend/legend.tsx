import { countryName } from '../../geo/world.ts';
import type { MapRelation } from '../../model/country-status.ts';
import { relationLabels } from '../../model/labels.ts';
import { useAppStore } from '../../store/app-store.ts';

const RELATIONS: MapRelation[] = ['home', 'alliance', 'strategic-partnership', 'cooperation', 'none'];
const COVERAGE = [
  { id: 'named', label: 'Named in the article', note: 'solid' },
  { id: 'group', label: 'Through a group (the EU)', note: 'hatched' },
  { id: 'region', label: 'Only by a regional phrase', note: 'dotted' },
] as const;

/** Explains both channels: colour for the relation, texture for how the article covers a country. */
export function Legend() {
  const homeId = useAppStore((s) => s.dataset.home.id);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        Legend
      </h2>
      <div className="legend__groups">
        <ul className="legend__list" aria-label={`Relation to ${countryName(homeId)}`}>
          {RELATIONS.map((relation) => (
            <li key={relation}>
              <span className={`swatch swatch--${relation}`} aria-hidden="true" />
              {relation === 'home' ? `${countryName(homeId)} (home)` : relationLabels[relation]}
            </li>
          ))}
        </ul>
        <ul className="legend__list" aria-label="How the article covers a country">
          {COVERAGE.map((c) => (
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
