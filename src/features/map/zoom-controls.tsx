import { Icon } from '../../components/icon.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { MapZoom } from './use-map-zoom.ts';

/** +, − and reset for people without a wheel or pinch (and for the keyboard). */
export function ZoomControls({ zoom }: { zoom: MapZoom }) {
  const t = useT();
  return (
    <div className="zoom-controls" role="toolbar" aria-label={t('map.zoom')}>
      <button type="button" onClick={() => zoom.zoomBy(1.6)} aria-label={t('map.zoomIn')}>
        <Icon name="plus" />
      </button>
      <button type="button" onClick={() => zoom.zoomBy(1 / 1.6)} aria-label={t('map.zoomOut')}>
        <Icon name="minus" />
      </button>
      <button type="button" onClick={() => zoom.reset()} aria-label={t('map.zoomReset')}>
        <Icon name="reset" />
      </button>
    </div>
  );
}
