import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * What has focus, and whether a sighted keyboard user can see it: an outline (HTML) or the focus
 * stroke (SVG countries). A visually hidden file input shows its focus on its label.
 */
async function focused(page: Page) {
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

async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  const now = await focused(page);
  expect(now.visible, `focus visible on "${now.name}" after ${key}`).toBe(true);
  return now;
}

/** Tabs (or Shift+Tabs) until `match` has focus, checking every stop shows its focus. */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, back = false) {
  for (let i = 0; i < 40; i++) {
    const now = await press(page, back ? 'Shift+Tab' : 'Tab');
    if (match(now)) return now;
  }
  throw new Error('never reached');
}

const country = (page: Page, id: string) => page.locator(`[data-id="${id}"][role="button"]`);

test('keyboard only: reach the map, move, open and close a panel, filter, table and back; focus always visible', async ({
  page,
}) => {
  await page.goto('/');
  await expect(country(page, 'KAZ')).toHaveAttribute('data-relation', 'home');

  // Reach the map from the top of the page: the map is one tab stop, on the home country.
  const onMap = await tabTo(page, (f) => f.id !== null);
  expect(onMap.id).toBe('KAZ');
  expect(onMap.name).toMatch(/^Kazakhstan, home country/);

  // Arrows move between countries; focus follows and stays visible.
  expect((await press(page, 'ArrowUp')).id).toBe('RUS');

  // Enter opens the panel with focus on its heading; Escape closes it and focus comes back.
  await press(page, 'Enter');
  const panel = page.getByRole('complementary', { name: 'Russia' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Russia', level: 2 })).toBeFocused();
  await press(page, 'Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(country(page, 'RUS')).toBeFocused();
  const east = await press(page, 'ArrowRight');
  expect(east.id).not.toBe('RUS');
  const south = await press(page, 'ArrowDown');
  expect(south.id).not.toBe(east.id);

  // Filters: back to the Filters disclosure, open it, tick the first vector with Space.
  await tabTo(page, (f) => f.name.startsWith('Filters'), true);
  await press(page, 'Enter');
  const vectors = page.getByRole('group', { name: 'Vector (policy direction)' });
  await expect(vectors).toBeVisible();
  await press(page, 'Tab');
  await expect(vectors.getByRole('checkbox').first()).toBeFocused();
  await press(page, 'Space');
  await expect(vectors.getByRole('checkbox').first()).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    /^\d+ countr(y matches|ies match)$/,
  );
  await expect(page).toHaveURL(/vector=/);
  await expect(country(page, 'USA')).toHaveAttribute('data-dimmed', /true|false/);
  await press(page, 'Escape');
  await expect(page.getByText(/^Filters \(1\)/)).toBeFocused();

  // Table and back to the map, by keyboard.
  await tabTo(page, (f) => f.name === 'Table');
  await press(page, 'Enter');
  await expect(page.getByRole('table')).toBeVisible();
  await tabTo(page, (f) => f.name.startsWith('Country'));
  await tabTo(page, (f) => f.name === 'Map', true);
  await press(page, 'Enter');
  await expect(page.getByRole('table')).toHaveCount(0);
  const back = await tabTo(page, (f) => f.id !== null);
  expect(back.id).toBe(south.id);
});
