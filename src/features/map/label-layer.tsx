import points from 'virtual:labels';
import { memo, type RefObject, useEffect, useMemo, useState } from 'react';
import { type Box, type LabelCandidate, placeLabels } from '../../geo/place-labels.ts';
import { countryStatus } from '../../model/country-status.ts';
import { useAppStore } from '../../store/app-store.ts';
import { currentStep } from '../../store/use-highlight.ts';
import { useCountryName } from '../../world/use-country-name.ts';
import { world as layout, selectableShapes } from '../../world/world.ts';
import { measureText } from './measure-text.ts';
import './labels.css';

/** The names' size on screen, CSS px, at every zoom: legible on a 1024×768 projector. */
export const LABEL_PX = 14;

type Props = {
  /** Countries left at full strength (the filters, the slide); names of the others are faint. */
  highlight: ReadonlySet<string> | null;
  /** The overlay's <svg>, whose box is the map's on screen. */
  overlayRef: RefObject<SVGSVGElement | null>;
};

type BoxSize = { width: number; height: number; controls: Box | null };

/**
 * The overlay's size in CSS px, followed as it changes (0 × 0 before layout, and in jsdom), and
 * the zoom buttons' box over it (from the overlay's corner), which names keep clear of.
 */
function useBoxSize(ref: RefObject<Element | null>): BoxSize {
  const [size, setSize] = useState<BoxSize>({ width: 0, height: 0, controls: null });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const width = element.clientWidth;
      const height = element.clientHeight;
      const frame = element.getBoundingClientRect();
      const buttons = element.closest('.map')?.querySelector('[role="toolbar"]')?.getBoundingClientRect();
      const controls: Box | null = buttons
        ? [
            buttons.left - frame.left,
            buttons.top - frame.top,
            buttons.right - frame.left,
            buttons.bottom - frame.top,
          ]
        : null;
      setSize((s) =>
        s.width === width && s.height === height && String(s.controls) === String(controls)
          ? s
          : { width, height, controls },
      );
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** Whose names must show: the home country (0), the selection and the slide's countries (1). */
function useRanks(): (id: string, covered: boolean) => number {
  const home = useAppStore((s) => s.dataset.home.id);
  const selectedId = useAppStore((s) => s.selectedId);
  const step = useAppStore((s) => currentStep(s.slide, s.tourSteps));
  return useMemo(() => {
    const forced = new Set([...(step?.countries ?? []), ...(selectedId ? [selectedId] : [])]);
    return (id, covered) => (id === home ? 0 : forced.has(id) ? 1 : covered ? 2 : 3);
  }, [home, selectedId, step]);
}

/**
 * Country names in the overlay, each at its label point (computed at build time) and drawn at a
 * constant size on screen; placed again each time the map comes to rest, by priority and room,
 * never over another name or a small state's dot (src/geo/place-labels.ts). Hidden from screen
 * readers: every shape already carries its name.
 */
export default memo(function LabelLayer({ highlight, overlayRef }: Props) {
  const show = useAppStore((s) => s.showLabels);
  const view = useAppStore((s) => s.restingView);
  const dataset = useAppStore((s) => s.dataset);
  const rank = useRanks();
  const countryName = useCountryName();
  const box = useBoxSize(overlayRef);
  const candidates = useMemo<LabelCandidate[]>(
    () =>
      selectableShapes.map((shape) => {
        const [x, y, rx, ry] = points[shape.id] ?? [shape.x, shape.y, 0, 0];
        const covered = countryStatus(dataset, shape.id).relation !== 'none';
        return {
          id: shape.id,
          text: countryName(shape.id),
          x,
          y,
          rx,
          ry,
          kind: shape.kind,
          rank: rank(shape.id, covered),
        };
      }),
    [dataset, rank, countryName],
  );
  const placed = useMemo(() => {
    const unit = Math.min(box.width / layout.width, box.height / layout.height);
    if (!show || !(unit > 0)) return [];
    // A dot's radius on screen (map.css --marker-r: 3.2 map units, at least 3 CSS px), plus its stroke.
    const markerRadius = Math.max(3.2 * unit, 3) + 1;
    // The map is centred in the overlay (preserveAspectRatio's default): from the overlay's corner
    // to the map's.
    const dx = (box.width - layout.width * unit) / 2;
    const dy = (box.height - layout.height * unit) / 2;
    const { controls } = box;
    const avoid: Box[] = controls
      ? [[controls[0] - dx, controls[1] - dy, controls[2] - dx, controls[3] - dy]]
      : [];
    return placeLabels(
      candidates,
      {
        ...view,
        unit,
        width: layout.width * unit,
        height: layout.height * unit,
        // The whole overlay shows: a phone's tall stage or the tour's shows map beyond the letterbox.
        frame: [-dx, -dy, box.width - dx, box.height - dy],
        fontSize: LABEL_PX,
        markerRadius,
        avoid,
      },
      measureText,
    );
  }, [candidates, view, box, show]);
  return (
    <g className="map-labels" aria-hidden="true">
      {placed.map((label) => (
        <text
          key={label.id}
          className="map-label"
          data-label-for={label.id}
          data-dimmed={highlight !== null && !highlight.has(label.id) ? 'true' : undefined}
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
          dominantBaseline="central"
        >
          {label.text}
        </text>
      ))}
    </g>
  );
});
