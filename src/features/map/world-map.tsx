import { type KeyboardEvent, type PointerEvent, type RefObject, useEffect, useMemo, useRef } from 'react';
import { type MapHandle, useRegisterMapHandle } from '../../components/map-handle.ts';
import { type Direction, nextInDirection } from '../../geo/keyboard-nav.ts';
import type { View } from '../../geo/zoom-machine.ts';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { countryStatus } from '../../model/country-status.ts';
import { coverageSentence, relationPhrase } from '../../model/labels.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useAskedCountries } from '../../store/use-quiz.ts';
import { useCountryName } from '../../world/use-country-name.ts';
import { world as layout, selectableShapes } from '../../world/world.ts';
import { CountryShape, tabbableId } from './country-shape.tsx';
import { CoveragePatterns } from './coverage-patterns.tsx';
import { MapOverlay } from './map-overlay.tsx';
import { MapTooltip } from './map-tooltip.tsx';
import { useDetail } from './use-detail.ts';
import { useDrawnMark } from './use-drawn-mark.ts';
import { useFraming } from './use-framing.ts';
import { useMapZoom } from './use-map-zoom.ts';
import { useMarkerScale } from './use-marker-scale.ts';
import { ZoomControls } from './zoom-controls.tsx';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const size = { width: layout.width, height: layout.height };

/** A country's focusable shape on the map, by id. */
const countryElement = (svg: SVGSVGElement | null, id: string) =>
  svg?.querySelector<SVGElement>(`[data-id="${id}"][role="button"]`) ?? null;

const countryIdOf = (target: EventTarget | null): string | undefined =>
  target instanceof Element
    ? (target.closest('[data-id][role="button"]')?.getAttribute('data-id') ?? undefined)
    : undefined;

/** Focus that shows a ring (keyboard), as opposed to the focus a mouse click gives a shape. */
const isKeyboardFocus = (target: EventTarget): boolean => {
  try {
    return target instanceof Element && target.matches(':focus-visible');
  } catch {
    return true; // an engine without :focus-visible: treat every focus as the keyboard's
  }
};

/**
 * Moves DOM focus with the roving tabindex, but only while focus is already on the map. Its own
 * component, so a focus change re-renders nothing else.
 */
function RovingFocus({ svgRef }: { svgRef: RefObject<SVGSVGElement | null> }) {
  const focusedId = useAppStore((s) => s.focusedId);
  useEffect(() => {
    const svg = svgRef.current;
    if (!focusedId || !svg?.contains(document.activeElement)) return;
    countryElement(svg, focusedId)?.focus();
  }, [focusedId, svgRef]);
  return null;
}

/** The map moved under the pointer (or the focused country): the tooltip would name the wrong place. */
const hideTooltip = () => {
  const { hover, setHover } = useAppStore.getState();
  if (hover) setHover(null);
};
/** What picks the outlines' detail (detail-loader.ts): loaded when the map first rests after a move. */
let detailLoader: Promise<typeof import('./detail-loader.ts')> | undefined;
const onMapMove = () => {
  hideTooltip();
  detailLoader?.then((d) => d.detailMoving());
};
const onMapRest = (view: View) => {
  detailLoader ??= import('./detail-loader.ts');
  detailLoader.then((d) => d.detailRested(view.k));
};

/** The map came to rest at `view`: the names are placed for it (label-layer.tsx). */
const rested = (view: View) => useAppStore.getState().setRestingView(view);

/** The world map: every country coloured by the article's relation to the home country. */
export function WorldMap() {
  const dataset = useAppStore((s) => s.dataset);
  const countryName = useCountryName();
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const overlayRef = useRef<SVGSVGElement>(null);
  const seaRef = useRef<SVGRectElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const zoom = useMapZoom({ stageRef, svgRef, layerRef, overlayRef }, size, onMapMove, rested, onMapRest);
  const detail = useDetail();
  const handle = useMemo<MapHandle>(
    () => ({
      picture: () => {
        const svg = svgRef.current;
        if (!svg) return null;
        const overlay = overlayRef.current?.querySelector<SVGGElement>(':scope > .map__overlay-layer');
        return { svg, overlay: overlay ?? null, sea: seaRef.current };
      },
      focusCountry: (id) => {
        const element = countryElement(svgRef.current, id);
        element?.focus();
        return element !== null && document.activeElement === element;
      },
      tabStop: () =>
        svgRef.current?.querySelector<SVGElement>('[data-id][role="button"][tabindex="0"]') ?? null,
      view: zoom.view,
    }),
    [zoom],
  );
  useRegisterMapHandle(handle);
  useDrawnMark('map-drawn');
  useMarkerScale(containerRef, size);

  const t = useT();
  const locale = useLocale();
  const statuses = useMemo(
    () =>
      selectableShapes.map((shape) => {
        const status = countryStatus(dataset, shape.id);
        const sentence = status.partner ? coverageSentence(dataset, status.partner, t, locale) : '';
        const values = {
          name: countryName(shape.id),
          relation: relationPhrase(status.relation, t, locale, dataset),
        };
        const label = sentence
          ? t('map.countryCovered', {
              ...values,
              coverage: `${sentence.charAt(0).toLocaleLowerCase(locale)}${sentence.slice(1)}`,
            })
          : t('map.country', values);
        return { shape, ...status, label };
      }),
    [dataset, t, countryName, locale],
  );
  useFraming(zoom);
  // The tour's quiz asks about these: painted neutral (presentation.css) and named without their
  // relation until the answer is revealed. `data-relation` stays as it is: it is public API.
  const asked = useAskedCountries();

  // A press on a country does not move focus there (the browser's default): that focus change costs
  // a style pass and a frame before the click can answer. The click then gives the panel focus.
  // Native listener, capturing: d3-zoom stops the event on the <svg> before React would see it.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const keepFocus = (event: MouseEvent) => {
      if (countryIdOf(event.target)) event.preventDefault();
    };
    svg.addEventListener('mousedown', keepFocus, { capture: true });
    return () => svg.removeEventListener('mousedown', keepFocus, { capture: true });
  }, []);

  const showTooltipAt = (id: string, element: Element) => {
    const box = element.getBoundingClientRect();
    const frame = containerRef.current?.getBoundingClientRect();
    if (!frame) return;
    useAppStore.getState().setHover({ id, x: box.left + box.width / 2 - frame.left, y: box.top - frame.top });
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const { select, focusCountry } = useAppStore.getState();
    const current = countryIdOf(event.target) ?? tabbableId(useAppStore.getState());
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const next = nextInDirection(selectableShapes, current, direction);
      if (next) focusCountry(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(current, 'map');
    } else if (event.key === 'Escape' && useAppStore.getState().selectedId) {
      // The panel closes on Escape from within; focus moves there a frame after Enter, so an Escape
      // pressed sooner lands here. Close it too; focus stays on the country.
      event.preventDefault();
      select(null);
    }
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const id = countryIdOf(event.target);
    const frame = containerRef.current?.getBoundingClientRect();
    const { hover, setHover } = useAppStore.getState();
    if (!id || !frame) {
      if (hover) setHover(null);
      return;
    }
    setHover({ id, x: event.clientX - frame.left, y: event.clientY - frame.top });
  };

  return (
    <div className="map" ref={containerRef} data-quiz={asked ? 'question' : undefined}>
      {/* Gestures are read here; the map and its overlay inside are what moves. */}
      <div className="map__stage" ref={stageRef}>
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG group of focusable countries, not a fieldset */}
        <svg
          ref={svgRef}
          className="map__svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={t('map.label', { home: countryName(dataset.home.id) })}
          onClick={(event) => {
            const id = countryIdOf(event.target);
            if (id) useAppStore.getState().select(id, 'map');
          }}
          onKeyDown={onKeyDown}
          onPointerMove={onPointerMove}
          onPointerLeave={() => useAppStore.getState().setHover(null)}
          onFocus={(event) => {
            // Only keyboard focus shows the tooltip (closing the panel with the mouse also focuses the
            // shape, without a ring); a press on a shape does not focus it at all (see above).
            const id = isKeyboardFocus(event.target) ? countryIdOf(event.target) : undefined;
            if (id) {
              useAppStore.getState().focusCountry(id);
              showTooltipAt(id, event.target);
            }
          }}
          onBlur={() => useAppStore.getState().setHover(null)}
        >
          <CoveragePatterns />
          <rect ref={seaRef} className="map__sea" width={layout.width} height={layout.height} />
          <g ref={layerRef} className="map__layer">
            {layout.shapes
              .filter((s) => !s.interactive)
              .map((s) => (
                <path
                  key={s.id}
                  className="inert-shape"
                  d={detail?.paths[s.id] ?? s.d}
                  data-outline={s.id}
                  aria-hidden="true"
                />
              ))}
            {detail?.extra && <path className="inert-shape" d={detail.extra} aria-hidden="true" />}
            {statuses.map(({ shape, relation, mention, label }) => (
              <CountryShape
                key={shape.id}
                shape={shape}
                relation={relation}
                mention={mention}
                label={asked?.has(shape.id) ? countryName(shape.id) : label}
              />
            ))}
          </g>
        </svg>
        <MapOverlay overlayRef={overlayRef} mapLayerRef={layerRef} rendered={statuses} />
      </div>
      <RovingFocus svgRef={svgRef} />
      <ZoomControls zoom={zoom} />
      <MapTooltip />
    </div>
  );
}
