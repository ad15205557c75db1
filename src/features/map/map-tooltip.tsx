import type { CSSProperties } from 'react';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { countryStatus } from '../../model/country-status.ts';
import { relationLabel } from '../../model/labels.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useAskedCountries } from '../../store/use-quiz.ts';
import { useCountryName } from '../../world/use-country-name.ts';

/**
 * Name and relation of the country under the pointer or keyboard focus. The box is anchored to a
 * point (CSS anchor positioning, map.css): above it, or below when that would leave the map (a
 * country at the map's top edge), and shifted sideways rather than cut at the map's sides.
 */
export function MapTooltip() {
  const hover = useAppStore((s) => s.hover);
  const dataset = useAppStore((s) => s.dataset);
  const asked = useAskedCountries();
  const countryName = useCountryName();
  const t = useT();
  const locale = useLocale();
  if (!hover) return null;
  const { relation } = countryStatus(dataset, hover.id);
  // The point, as custom properties (React's CSSProperties does not list them) on a wrapper that
  // generates no box: the anchor and, where anchor positioning is missing, the box itself use them.
  const point = { '--tooltip-x': `${hover.x}px`, '--tooltip-y': `${hover.y}px` } as CSSProperties;
  return (
    <div className="map-tooltip-point" style={point}>
      <span className="map-tooltip__anchor" />
      {/* On the box itself: an element with display: contents may not carry aria-hidden to its children. */}
      <div className="map-tooltip" aria-hidden="true">
        <strong dir="auto">{countryName(hover.id)}</strong>
        {/* While the tour's quiz asks about the country, its relation is the answer: not given away. */}
        {!asked?.has(hover.id) && (
          <span className="map-tooltip__relation">
            <span className={`swatch swatch--${relation}`} /> {relationLabel(relation, t, locale, dataset)}
          </span>
        )}
      </div>
    </div>
  );
}
