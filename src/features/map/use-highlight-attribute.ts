import { type RefObject, useLayoutEffect } from 'react';

export type HighlightTarget = {
  /** The elements to mark, inside the ref's element. */
  selector: string;
  /** The attribute holding each element's country id. */
  key: string;
  /** Set to "true" on elements whose country is left out, "false" on the others. */
  attribute: string;
};

/**
 * Marks elements left out by `highlight` (null leaves nothing out) before the browser paints:
 * `data-dimmed` on countries, `data-hidden` on arcs. Outside React on purpose: a filter that dims
 * 190 countries would otherwise re-render 190 memoised components; this is one loop that writes
 * only the attributes that change. `rendered` is what the elements were drawn from: when it
 * changes (a new dataset), the loop runs again.
 */
export function useHighlightAttribute(
  ref: RefObject<Element | null>,
  { selector, key, attribute }: HighlightTarget,
  highlight: ReadonlySet<string> | null,
  rendered: unknown,
): void {
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    for (const element of root.querySelectorAll(selector)) {
      const id = element.getAttribute(key) ?? '';
      const value = highlight !== null && !highlight.has(id) ? 'true' : 'false';
      if (element.getAttribute(attribute) !== value) element.setAttribute(attribute, value);
    }
  }, [ref, selector, key, attribute, highlight, rendered]);
}
