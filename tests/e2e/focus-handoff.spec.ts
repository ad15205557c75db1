import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { type FocusProbe, focused, press, tabTo } from './focus-probe.ts';

/**
 * Every control that removes itself (or closes what holds it) hands focus to a sensible place,
 * never to <body>, and a keyboard user sees where it went. Keyboard only; a file is chosen through
 * the input's own file list, as the system's picker would.
 */

const mongoliaPath = new URL('../../data/examples/mongolia-sample.json', import.meta.url).pathname;
const named = (name: string | RegExp) => (f: FocusProbe) =>
  typeof name === 'string' ? f.name === name : name.test(f.name);
const loadInput = (page: Page) => page.getByLabel('Load dataset');

/** Focus is on `target`, shows a ring (the keyboard put it there) and is not <body>. */
async function expectFocusOn(page: Page, target: Locator) {
  await expect(target).toBeFocused();
  const now = await focused(page);
  expect(now.name).not.toBe('(body)');
  expect(now.visible, `focus ring on "${now.name}"`).toBe(true);
}

test('Clear filters, reached from the legend: focus goes to the Filters toggle', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, named('Alliance'));
  await press(page, 'Enter');
  await expect(page.getByRole('button', { name: 'Alliance', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // "Clear filters" floats over the map, before the legend in the page's order.
  await tabTo(page, named('Clear filters'), true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  await expectFocusOn(page, page.locator('.filters__details > summary'));
});

test('Clear filters in the table view: focus goes to the Filters toggle', async ({ page }) => {
  await page.goto('/?vector=china');
  await page.getByRole('button', { name: 'Table' }).focus();
  await press(page, 'Enter');
  await expect(page.getByRole('table')).toBeVisible();
  await tabTo(page, named('Clear filters'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  await expectFocusOn(page, page.locator('.filters__details > summary'));
});

test('dismissing a notice: the next notice, then the one before, then the page heading', async ({ page }) => {
  // Three problems with the link, three notices.
  await page.goto('/?country=ZZZ&asof=someday&org=NOPE');
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  await expect(dismiss).toHaveCount(3);
  const notices = page.locator('.notice');
  const second = await notices.nth(1).textContent();
  const third = await notices.nth(2).textContent();

  await tabTo(page, named('Dismiss message'));
  await page.keyboard.press('Enter');
  await expect(dismiss).toHaveCount(2);
  await expectFocusOn(page, notices.filter({ hasText: second ?? '' }).getByRole('button'));

  await tabTo(page, named('Dismiss message'));
  await page.keyboard.press('Enter');
  await expect(dismiss).toHaveCount(1);
  // The last one was dismissed: the one before it takes focus.
  await expectFocusOn(page, notices.filter({ hasText: second ?? '' }).getByRole('button'));
  expect(third).not.toBe(second);

  await page.keyboard.press('Enter');
  await expect(dismiss).toHaveCount(0);
  await expectFocusOn(page, page.getByRole('heading', { level: 1 }));
});

test('About dialog: Close and Escape give focus back to "About & sources"', async ({ page }) => {
  await page.goto('/');
  const about = page.getByRole('button', { name: 'About & sources' });
  await tabTo(page, named('About & sources'));
  await press(page, 'Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectFocusOn(page, about);

  await press(page, 'Enter');
  // The dialog opens with focus on its first control, Close.
  await expect(page.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectFocusOn(page, about);
});

test('Filters panel: Escape closes it and focus stays on its toggle', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, named(/^Filters/));
  await press(page, 'Enter');
  await press(page, 'Tab');
  await expect(page.getByRole('group', { name: 'Vector (policy direction)' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Vector (policy direction)' })).toBeHidden();
  await expectFocusOn(page, page.locator('.filters__details > summary'));
});

test('dataset errors: Dismiss gives focus to "Load dataset", to try another file', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, named('Load dataset'));
  await loadInput(page).setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"schemaVersion": 1,'),
  });
  await expect(page.getByRole('alert')).toContainText('The dataset was not loaded');
  await tabTo(page, named('Dismiss'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectFocusOn(page, loadInput(page));
});

test('"Back to the article" gives focus to "Load dataset"', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, named('Load dataset'));
  await loadInput(page).setInputFiles(mongoliaPath);
  const back = page.getByRole('button', { name: /^Back to/ });
  await expect(back).toBeVisible();
  await tabTo(page, named(/^Back to/));
  await page.keyboard.press('Enter');
  await expect(back).toHaveCount(0);
  await expect(page.locator('[data-id="KAZ"][role="button"]')).toHaveAttribute('data-relation', 'home');
  await expectFocusOn(page, loadInput(page));
});

test('the tour: Escape and Leave give focus back to "Present"', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const present = page.getByRole('button', { name: 'Present' });
  await tabTo(page, named('Present'));
  await page.keyboard.press('Enter');
  await expect(page.locator('#slide-title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.slide')).toHaveCount(0);
  await expectFocusOn(page, present);

  await page.keyboard.press('Enter');
  await expect(page.locator('#slide-title')).toBeFocused();
  await tabTo(page, named('Leave'), true);
  await page.keyboard.press('Enter');
  await expect(page.locator('.slide')).toHaveCount(0);
  await expectFocusOn(page, present);
});

test('closing the country panel gives focus back to the country', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, (f) => f.id === 'KAZ');
  await press(page, 'ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Russia' })).toBeVisible();
  await tabTo(page, named('Close Russia'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expectFocusOn(page, page.locator('[data-id="RUS"][role="button"]'));
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the "More" menu: Escape closes it from inside and focus goes back to "More"', async ({ page }) => {
    await page.goto('/');
    const more = page.getByRole('button', { name: 'More' });
    await tabTo(page, named('More'));
    await press(page, 'Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await tabTo(page, named('About & sources'));
    await page.keyboard.press('Escape');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: 'About & sources' })).toBeHidden();
    await expectFocusOn(page, more);

    // Pressing "More" again also closes it, and focus stays on "More".
    await press(page, 'Enter');
    await press(page, 'Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expectFocusOn(page, more);
  });

  test('inside the "More" menu: About and "Back to the article" keep focus in the menu', async ({ page }) => {
    await page.goto('/');
    await tabTo(page, named('More'));
    await press(page, 'Enter');
    await tabTo(page, named('About & sources'));
    await press(page, 'Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expectFocusOn(page, page.getByRole('button', { name: 'About & sources' }));

    await tabTo(page, named('Load dataset'), true);
    await loadInput(page).setInputFiles(mongoliaPath);
    await expect(page.getByRole('button', { name: /^Back to/ })).toBeVisible();
    await tabTo(page, named(/^Back to/));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /^Back to/ })).toHaveCount(0);
    await expectFocusOn(page, loadInput(page));
  });
});
