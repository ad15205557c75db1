import { memo } from 'react';
import type { DrawnShape } from '../../geo/world-shapes.ts';
import type { MapMention, MapRelation } from '../../model/country-status.ts';

type Props = {
  shape: DrawnShape;
  relation: MapRelation;
  mention: MapMention;
  selected: boolean;
  /** The one country in the map's tab order (roving tabindex). */
  tabbable: boolean;
  /** Accessible name: the English short name first, then the relation in words. */
  label: string;
};

/**
 * One country: an outline or a small-state marker, filled by CSS from its data attributes (no
 * inline style, so a strict Content-Security-Policy holds). Carries the public DOM contract
 * (data-id, data-relation, data-mention, data-dimmed, role="button", a name that starts with the
 * country's English short name). Memoised: a selection change re-renders two countries, not 200,
 * and a filter change none.
 */
export const CountryShape = memo(function CountryShape({
  shape,
  relation,
  mention,
  selected,
  tabbable,
  label,
}: Props) {
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
  return shape.kind === 'marker' ? (
    <circle {...common} cx={shape.x} cy={shape.y} />
  ) : (
    <path {...common} d={shape.d} data-outline={shape.id} />
  );
});
