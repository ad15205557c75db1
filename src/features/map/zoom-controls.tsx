import { Icon } from '../../components/icon.tsx';
import type { MapZoom } from './use-map-zoom.ts';

/** +, − and reset for people without a wheel or pinch (and for the keyboard). */
export function ZoomControls({ zoom }: { zoom: MapZoom }) {
  return (
    <div className="zoom-controls" role="toolbar" aria-label="Zoom">
      <button type="button" onClick={() => zoom.zoomBy(1.6)} aria-label="Zoom in">
        <Icon name="plus" />
      </button>
      <button type="button" onClick={() => zoom.zoomBy(1 / 1.6)} aria-label="Zoom out">
        <Icon name="minus" />
      </button>
      <button type="button" onClick={() => zoom.reset()} aria-label="Reset zoom">
        <Icon name="reset" />
      </button>
    </div>
  );
}
