import { memo } from 'react';
import type { DrawnShape } from '../../geo/world-shapes.ts';
import type { MapMention, MapRelation } from '../../model/country-status.ts';
import { type AppState, useAppStore } from '../../store/app-store.ts';
import { useDetail } from './use-detail.ts';

/** The one country in the map's tab order (roving tabindex): focus, else the selection, else home. */
export const tabbableId = (s: AppState): string => s.focusedId ?? s.selectedId ?? s.dataset.home.id;

type Props = {
  shape: DrawnShape;
  relation: MapRelation;
  mention: MapMention;
  /** Accessible name: the English short name first, then the relation in words. */
  label: string;
};

/**
 * One country: an outline or a small-state marker, filled by CSS from its data attributes (no
 * inline style, so a strict Content-Security-Policy holds). Carries the public DOM contract
 * (data-id, data-relation, data-mention, data-dimmed, role="button", a name that starts with the
 * country's English short name). Each country watches its own selected and tabbable state in the
 * store, so a selection change re-renders two countries (not the map and 200 memo checks), and a
 * filter change none.
 */
export const CountryShape = memo(function CountryShape({ shape, relation, mention, label }: Props) {
  const selected = useAppStore((s) => s.selectedId === shape.id);
  const tabbable = useAppStore((s) => tabbableId(s) === shape.id);
  // Zoomed in, the 1:50m outline: the same element, only its `d` changes.
  const fine = useDetail()?.paths[shape.id];
  const common = {
    id: `country-${shape.id}`,
    className: `country country--${shape.kind}`,
    'data-id': shape.id,
    'data-relation': relation,
    'data-mention': mention,
    // Rendered once; filters then rewrite it outside React (map-overlay.tsx).
    'data-dimmed': 'false',
    role: 'button',
    tabIndex: tabbable ? 0 : -1,
    'aria-label': label,
    'aria-current': selected ? ('true' as const) : undefined,
  };
  if (shape.kind !== 'marker') return <path {...common} d={fine ?? shape.d} data-outline={shape.id} />;
  // A small state: a dot that stays small, under a hit disc of 24×24 CSS px and more (map.css) that
  // is cut to the marker's Voronoi cell, so a press goes to the nearest marker, never to a
  // neighbour drawn on top. Only the disc takes the pointer.
  const cellId = `cell-${shape.id}`;
  return (
    <g {...common}>
      <clipPath id={cellId}>
        <path d={shape.cell} />
      </clipPath>
      {/* Zoomed in, the state's own outline under its dot, in its colour (map.css). */}
      {fine && <path className="country__land" d={fine} />}
      <circle className="country__hit" cx={shape.x} cy={shape.y} clipPath={`url(#${cellId})`} />
      <circle className="country__dot" cx={shape.x} cy={shape.y} />
    </g>
  );
});
