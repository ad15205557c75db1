/**
 * The outlines the prerendered map painted (`<path data-outline="ISO3" d="…">`, written by the map
 * in the build's first render), by id: the production build ships them only in index.html.
 */
export function prerenderedOutlines(root: ParentNode): Map<string, string> {
  const outlines = new Map<string, string>();
  for (const path of root.querySelectorAll<SVGPathElement>('path[data-outline]')) {
    outlines.set(path.dataset.outline ?? '', path.getAttribute('d') ?? '');
  }
  return outlines;
}
