import { expect, type Page } from '@playwright/test';
import { appTest as test } from './fixtures.ts';

/**
 * Every size and weight of text the page lays out is a font the browser sets up before it can lay
 * out a line: on a classroom laptop that was half the first layout (13 fonts, 8 sizes). The type
 * scale (`--text-*` in src/styles/base.css) keeps it to three in the first view and two more in a panel.
 */
const fontsInUse = (page: Page) =>
  page.evaluate(() => {
    const fonts = new Set<string>();
    const add = (element: Element) => {
      const style = getComputedStyle(element);
      fonts.add(`${style.fontSize} ${style.fontWeight}`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Country names on the map are drawn in the map's own units after the first view; their
      // size follows the map's scale, not the page's type scale.
      if (parent?.closest('[data-label-for]')) continue;
      if (node.textContent?.trim() && parent?.checkVisibility()) add(parent);
    }
    for (const control of document.querySelectorAll('button, input, select, textarea, summary'))
      if (control.checkVisibility()) add(control);
    return [...fonts].sort();
  });

for (const { name, width, height } of [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`${name}: the first view uses three fonts, a country's panel two more`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await expect(page.locator('[data-id="KAZ"][role="button"]')).toBeVisible();
    const first = await fontsInUse(page);
    expect(first, first.join(', ')).toHaveLength(3);

    await page.getByRole('button', { name: /^China\b/ }).click();
    await expect(page.getByRole('complementary', { name: 'China' })).toBeVisible();
    const withPanel = await fontsInUse(page);
    expect(withPanel, withPanel.join(', ')).toHaveLength(5);
    expect(withPanel).toEqual(expect.arrayContaining(first));
  });
}

test("form controls take the page's font, down to the button inside the hidden file input", async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('[data-id="KAZ"][role="button"]')).toBeVisible();
  const fonts = await page.evaluate(() => {
    const font = (style: CSSStyleDeclaration) => `${style.fontFamily} ${style.fontSize} ${style.fontWeight}`;
    const file = document.querySelector('input[type="file"]');
    return {
      body: getComputedStyle(document.body).fontFamily,
      around: file?.parentElement && font(getComputedStyle(file.parentElement)),
      file: file && font(getComputedStyle(file)),
      fileButton: file && font(getComputedStyle(file, '::file-selector-button')),
    };
  });
  // The file input is laid out (visually hidden, not display: none), so its button's font is set up.
  expect(fonts.around?.startsWith(fonts.body)).toBe(true);
  expect(fonts.file).toBe(fonts.around);
  expect(fonts.fileButton).toBe(fonts.around);
});
