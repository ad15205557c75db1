/** Where focus may go: an element, or a selector looked up in the document when it is needed. */
export type FocusTarget = Element | string | null | undefined;

const resolve = (target: FocusTarget): Element | null =>
  typeof target === 'string' ? document.querySelector(target) : (target ?? null);

/** On the page and drawn: not inside a closed menu, a hidden header or a closed <details>. */
const shown = (element: Element): boolean =>
  element.isConnected &&
  !element.closest('[hidden], [inert]') &&
  // jsdom has no layout: there every connected element counts as shown.
  (typeof element.checkVisibility !== 'function' || element.checkVisibility({ visibilityProperty: true }));

/**
 * Moves focus to the first of `targets` that is shown and takes focus, before a control removes
 * itself (Clear filters, Dismiss, Back to the article), so focus never falls to <body>. An element
 * that is not focusable by nature (a heading) is made focusable by script only (tabindex -1).
 * Returns the element that took focus, or null when none could.
 */
export function handFocus(...targets: FocusTarget[]): HTMLElement | SVGElement | null {
  for (const target of targets) {
    const element = resolve(target);
    if (!(element instanceof HTMLElement || element instanceof SVGElement) || !shown(element)) continue;
    if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus();
    if (document.activeElement === element) return element;
  }
  return null;
}

/** The page's main heading, where focus goes when nothing closer is left. */
export const PAGE_HEADING = 'h1';
