import { lazy, memo, type RefObject, Suspense, useEffect, useMemo, useState } from 'react';
import { veilOf } from '../../geo/veil.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useHighlight } from '../../store/use-highlight.ts';
import { world as layout, selectableShapes, shapeById } from '../../world/world.ts';
import { useDetail } from './use-detail.ts';
import { type HighlightTarget, useHighlightAttribute } from './use-highlight-attribute.ts';

const ArcLayer = lazy(() => import('./arc-layer.tsx'));
const LabelLayer = lazy(() => import('./label-layer.tsx'));

const COUNTRIES: HighlightTarget = {
  selector: '[data-id][data-dimmed]',
  key: 'data-id',
  attribute: 'data-dimmed',
};

type Props = {
  /** This overlay's <svg>, moved with the map by use-map-zoom.ts. */
  overlayRef: RefObject<SVGSVGElement | null>;
  /** The map's layer of countries, whose `data-dimmed` this writes. */
  mapLayerRef: RefObject<SVGGElement | null>;
  /** What the countries were drawn from: a new list means new elements to mark. */
  rendered: unknown;
};

/**
 * Everything a click or a filter changes on the map, in a layer of its own above it: the veil over
 * dimmed countries, the arcs, the selection's outline, the countries' names. Changing them repaints this layer, never the
 * textured countries under it, and the map itself does not re-render for a filter.
 */
export const MapOverlay = memo(function MapOverlay({ overlayRef, mapLayerRef, rendered }: Props) {
  const highlight = useHighlight();
  const selectedId = useAppStore((s) => s.selectedId);
  const showArcs = useAppStore((s) => s.showArcs);
  const hasCapital = useAppStore((s) => s.dataset.home.capital !== undefined);
  useHighlightAttribute(mapLayerRef, COUNTRIES, highlight, rendered);
  // Zoomed in, the veil and outlines follow the countries' 1:50m outlines.
  const fine = useDetail()?.paths;
  const outline = (id: string, coarse: string) => fine?.[id] ?? coarse;
  const veil = useMemo(
    () =>
      veilOf(
        fine ? selectableShapes.map((s) => ({ ...s, d: fine[s.id] ?? s.d })) : selectableShapes,
        highlight,
      ),
    [highlight, fine],
  );
  const selected = selectedId ? shapeById.get(selectedId) : undefined;
  // The names load after the first view: the prerendered page has none, so hydration matches.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return (
    <svg
      ref={overlayRef}
      className="map__overlay"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      aria-hidden="true"
      focusable="false"
    >
      <g className="map__overlay-layer">
        {veil?.kind === 'cover' && (
          <>
            <rect className="map__veil" width={layout.width} height={layout.height} />
            {veil.keep.map((id) => (
              <use key={id} href={`#country-${id}`} />
            ))}
            {/* The tour outlines what it keeps (presentation.css); a copy in a <use> cannot be
                reached by the page's selectors, so the outline is drawn here. */}
            {veil.keep.map((id) => {
              const shape = shapeById.get(id);
              if (shape?.kind === 'marker')
                return <circle key={id} className="map__keep country--marker" cx={shape.x} cy={shape.y} />;
              return shape ? <path key={id} className="map__keep" d={outline(id, shape.d)} /> : null;
            })}
          </>
        )}
        {veil?.kind === 'outline' && (
          <>
            <path className="map__veil" d={veil.d} />
            {veil.markers.map((m) => (
              <circle key={m.id} className="map__veil map__veil--marker" cx={m.x} cy={m.y} />
            ))}
          </>
        )}
        {showArcs && hasCapital && (
          <Suspense fallback={null}>
            <ArcLayer highlight={highlight} />
          </Suspense>
        )}
        {selected?.kind === 'shape' && (
          <path className="map__highlight" d={outline(selected.id, selected.d)} />
        )}
        {selected?.kind === 'marker' && (
          <circle className="map__highlight country--marker" cx={selected.x} cy={selected.y} />
        )}
        {/* Last: names go above the veil, the arcs and the outline. */}
        {mounted && (
          <Suspense fallback={null}>
            <LabelLayer highlight={highlight} overlayRef={overlayRef} />
          </Suspense>
        )}
      </g>
    </svg>
  );
});
