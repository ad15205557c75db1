import { type RefObject, useEffect } from 'react';

/**
 * Keeps `--u` on the map's container: map units per CSS px at zoom 1 (the <svg> fits its viewBox
 * of `size` inside its box, so a phone draws a map unit far smaller than a wide screen). With `--k`
 * (the zoom, set by use-map-zoom.ts), CSS sizes the small states' dots and hit discs in CSS px:
 * `calc(12px * var(--u) / var(--k))`.
 */
export function useMarkerScale(
  containerRef: RefObject<HTMLElement | null>,
  size: { width: number; height: number },
): void {
  useEffect(() => {
    const container = containerRef.current;
    if (!container || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      const scale = Math.min(container.clientWidth / size.width, container.clientHeight / size.height);
      if (scale > 0) container.style.setProperty('--u', String(1 / scale));
    };
    const observer = new ResizeObserver(update);
    observer.observe(container);
    update();
    return () => observer.disconnect();
  }, [containerRef, size.width, size.height]);
}
