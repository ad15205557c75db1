import type { View } from '../../geo/zoom-machine.ts';

/** What the zoom does to the map's DOM: a cheap CSS move while it moves, one redraw when it rests. */
export type MapPainter = {
  /** Moves the painted <svg>s (composited layers) by a CSS transform: no country is repainted. */
  move: (css: string) => void;
  /** Redraws the layers at `view`: their transform, `--k` (constant-size markers and strokes), textures. */
  draw: (view: View) => void;
};

/**
 * The painter of the map `svg` (its layer `layer`, its coverage patterns) and of the overlay above
 * it, whose first <g>s move and redraw with it.
 */
export function mapPainter(
  svg: SVGSVGElement,
  layer: SVGGElement,
  overlay: SVGSVGElement | null,
): MapPainter {
  const moved = overlay ? [svg, overlay] : [svg];
  const layers = [layer, ...(overlay ? [...overlay.querySelectorAll<SVGGElement>(':scope > g')] : [])];
  const patterns = [...svg.querySelectorAll<SVGPatternElement>('pattern')];
  return {
    move: (css) => {
      for (const element of moved) element.style.transform = css;
      // The names are placed for the view at rest: they fade while the map moves (map.css).
      overlay?.toggleAttribute('data-moving', css !== '');
    },
    draw: (t) => {
      for (const g of layers) {
        g.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
        g.style.setProperty('--k', String(t.k));
      }
      // Textures keep their on-screen size: six attribute writes, not one per country.
      for (const pattern of patterns) {
        const base = pattern.dataset.baseTransform ?? '';
        pattern.setAttribute('patternTransform', `scale(${1 / t.k}) ${base}`);
      }
    },
  };
}
