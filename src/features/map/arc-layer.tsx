import arcs from 'virtual:arcs';
import { memo } from 'react';
import { useAppStore } from '../../store/app-store.ts';

type Props = {
  /** Countries left at full strength by the filters; `null` shows every partner's arc. */
  highlight: ReadonlySet<string> | null;
};

/**
 * Great-circle arcs from Astana to each covered partner, coloured by relation. The paths were
 * projected at build time (`virtual:arcs`); this file and its data load only when arcs are shown.
 * Every arc stays mounted; a filter hides the others with one attribute each (cheaper than
 * unmounting and re-creating ninety paths on every toggle). Memoised: a selection leaves it alone.
 */
export default memo(function ArcLayer({ highlight }: Props) {
  const partners = useAppStore((s) => s.dataset.partners);
  return (
    <g className="arcs" aria-hidden="true">
      {partners.map((p) => {
        const d = arcs[p.id];
        return d ? (
          <path
            key={p.id}
            d={d}
            className={`arc arc--${p.mention}`}
            data-to={p.id}
            data-hidden={highlight !== null && !highlight.has(p.id) ? 'true' : 'false'}
            style={{ stroke: `var(--rel-${p.relation})` }}
          />
        ) : null;
      })}
    </g>
  );
});
