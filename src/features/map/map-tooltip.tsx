import { countryName } from '../../geo/world.ts';
import { countryStatus } from '../../model/country-status.ts';
import { relationLabels } from '../../model/labels.ts';
import { useAppStore } from '../../store/app-store.ts';

/** Name and relation of the country under the pointer or keyboard focus. */
export function MapTooltip() {
  const hover = useAppStore((s) => s.hover);
  const dataset = useAppStore((s) => s.dataset);
  if (!hover) return null;
  const { relation } = countryStatus(dataset, hover.id);
  return (
    <div className="map-tooltip" style={{ left: hover.x, top: hover.y }} aria-hidden="true">
      <strong>{countryName(hover.id)}</strong>
      <span className="map-tooltip__relation">
        <span className={`swatch swatch--${relation}`} /> {relationLabels[relation]}
      </span>
    </div>
  );
}
