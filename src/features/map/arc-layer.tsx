import arcs from 'virtual:arcs';
import { memo, useMemo, useRef } from 'react';
import { useAppStore } from '../../store/app-store.ts';
import { type HighlightTarget, useHighlightAttribute } from './use-highlight-attribute.ts';

type Props = {
  /** Countries left at full strength by the filters; `null` shows every partner's arc. */
  highlight: ReadonlySet<string> | null;
};

const ARCS: HighlightTarget = { selector: 'path[data-to]', key: 'data-to', attribute: 'data-hidden' };

/**
 * Great-circle arcs from Astana to each covered partner, coloured by relation. The paths were
 * projected at build time (`virtual:arcs`); this file and its data load only when arcs are shown.
 * Every arc stays mounted; a filter hides the others with one attribute each, written outside
 * React (cheaper than re-rendering or re-creating ninety paths on every toggle).
 */
export default memo(function ArcLayer({ highlight }: Props) {
  const partners = useAppStore((s) => s.dataset.partners);
  const ref = useRef<SVGGElement>(null);
  useHighlightAttribute(ref, ARCS, highlight, partners);
  const paths = useMemo(
    () =>
      partners.map((p) => {
        const d = arcs[p.id];
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
    [partners],
  );
  return (
    <g ref={ref} className="arcs" aria-hidden="true">
      {paths}
    </g>
  );
});
