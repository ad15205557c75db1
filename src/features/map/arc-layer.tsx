import arcs from 'virtual:arcs';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../../model/schema.ts';
import { useAppStore } from '../../store/app-store.ts';
import { type HighlightTarget, useHighlightAttribute } from './use-highlight-attribute.ts';

type Props = {
  /** Countries left at full strength by the filters; `null` shows every partner's arc. */
  highlight: ReadonlySet<string> | null;
};

const ARCS: HighlightTarget = { selector: 'path[data-to]', key: 'data-to', attribute: 'data-hidden' };

type Capital = NonNullable<Dataset['home']['capital']>;
const NONE: Record<string, string> = {};

/**
 * The arcs' paths from `capital`: the build's own when it is the capital they were projected from,
 * else projected here (d3-geo is loaded for that only, so the built-in article's arcs cost nothing).
 */
function useArcPaths(capital: Capital | undefined): Record<string, string> {
  const prebuilt = capital && arcs.from?.[0] === capital.lon && arcs.from[1] === capital.lat;
  const [computed, setComputed] = useState<{ capital: Capital; paths: Record<string, string> } | null>(null);
  useEffect(() => {
    if (!capital || prebuilt) return;
    let live = true;
    void import('../../geo/arc-paths.ts').then(({ arcsFrom }) => {
      if (live) setComputed({ capital, paths: arcsFrom(arcs, [capital.lon, capital.lat]) });
    });
    return () => {
      live = false;
    };
  }, [capital, prebuilt]);
  if (!capital) return NONE;
  if (prebuilt) return arcs.paths;
  return computed?.capital === capital ? computed.paths : NONE;
}

/**
 * Great-circle arcs from the home country's capital to each covered partner, coloured by relation.
 * This file and its data load only when arcs are shown.
 * Every arc stays mounted; a filter hides the others with one attribute each, written outside
 * React (cheaper than re-rendering or re-creating ninety paths on every toggle).
 */
export default memo(function ArcLayer({ highlight }: Props) {
  const partners = useAppStore((s) => s.dataset.partners);
  const paths = useArcPaths(useAppStore((s) => s.dataset.home.capital));
  const ref = useRef<SVGGElement>(null);
  const drawn = useMemo(
    () =>
      partners.map((p) => {
        const d = paths[p.id];
        return d ? (
          <path
            key={p.id}
            d={d}
            className={`arc arc--${p.mention}`}
            data-to={p.id}
            data-hidden="false"
            style={{ stroke: `var(--rel-${p.relation})` }}
          />
        ) : null;
      }),
    [partners, paths],
  );
  useHighlightAttribute(ref, ARCS, highlight, drawn);
  return (
    <g ref={ref} className="arcs" aria-hidden="true">
      {drawn}
    </g>
  );
});
