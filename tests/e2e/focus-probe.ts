import { expect, type Page } from '@playwright/test';

/** What has focus, as a keyboard user would see it. */
export type FocusProbe = { name: string; visible: boolean; id: string | null };

/**
 * What has focus, and whether a sighted keyboard user can see it: an outline (HTML) or the focus
 * stroke (SVG countries). A visually hidden file input shows its focus on its label. `<body>` (focus
 * lost) is named "(body)" and never visible.
 */
export async function focused(page: Page): Promise<FocusProbe> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return { name: '(body)', visible: false, id: null };
    const input = active instanceof HTMLInputElement && active.type === 'file' ? active : null;
    const shown = (input?.labels?.[0] ?? active) as Element;
    const style = getComputedStyle(shown);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    const stroke =
      shown instanceof SVGElement && style.stroke !== 'none' && Number.parseFloat(style.strokeWidth) >= 2;
    const box = shown.getBoundingClientRect();
    return {
      name:
        active.getAttribute('aria-label') ??
        (input?.labels?.[0]?.textContent || active.textContent || active.tagName).trim().slice(0, 40),
      visible: (outline || stroke) && box.width > 0 && box.height > 0,
      id: active.getAttribute('data-id'),
    };
  });
}

/** Presses a key and checks that focus is somewhere a sighted keyboard user can see it. */
export async function press(page: Page, key: string): Promise<FocusProbe> {
  await page.keyboard.press(key);
  const now = await focused(page);
  expect(now.visible, `focus visible on "${now.name}" after ${key}`).toBe(true);
  return now;
}

/** Tabs (or Shift+Tabs) until `match` has focus, checking every stop shows its focus. */
export async function tabTo(
  page: Page,
  match: (f: FocusProbe) => boolean,
  back = false,
): Promise<FocusProbe> {
  for (let i = 0; i < 60; i++) {
    const now = await press(page, back ? 'Shift+Tab' : 'Tab');
    if (match(now)) return now;
  }
  throw new Error('never reached');
}
