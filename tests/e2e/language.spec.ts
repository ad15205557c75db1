import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { appReady, expect, test } from './fixtures.ts';

/** The language switch in the header, by its accessible name in the language on screen. */
const languageSwitch = (page: Page, name: string) => page.getByRole('combobox', { name });

const langOfUrl = (page: Page) => new URL(page.url()).searchParams.get('lang');

/** Opens `path` and waits for the app, following the first view's redirect to another language page. */
async function openAndFollow(page: Page, path: string, landing: RegExp) {
  await page.mainFrame().goto(path, { waitUntil: 'commit' });
  await page.waitForURL(landing);
  await appReady(page);
}

test('the switch changes the words, <html lang>, the title and the link, and is remembered', async ({
  page,
}) => {
  await page.goto('/?country=CHN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const select = languageSwitch(page, 'Language');
  await expect(select).toHaveValue('en');
  await expect(select.locator('option')).toHaveText(['English', 'Русский', 'Қазақша']);
  expect(await select.locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('lang')))).toEqual([
    'en',
    'ru',
    'kk',
  ]);

  await select.selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(languageSwitch(page, 'Язык')).toHaveValue('ru');
  await expect(page.locator('.language-switch [aria-live]')).toHaveText('Интерфейс на языке: Русский.');
  await expect(page).toHaveTitle(/ — интерактивная карта$/);
  await expect.poll(() => langOfUrl(page)).toBe('ru');
  expect(new URL(page.url()).pathname).toBe('/ru/');
  expect(new URL(page.url()).searchParams.get('country')).toBe('CHN');

  // By keyboard: the next language down the list; focus stays on the switch.
  await languageSwitch(page, 'Язык').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(languageSwitch(page, 'Тіл')).toBeFocused();
  await expect.poll(() => page.url()).toMatch(/\/kk\/\?country=CHN&lang=kk$/);

  // A later visit to the plain address comes back in Kazakh, sent to its page before it paints.
  await openAndFollow(page, '/', /\/kk\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(languageSwitch(page, 'Тіл')).toHaveValue('kk');
  await expect(page).toHaveTitle(/ — интерактивті карта$/);

  // A link that asks for English wins over the remembered language, and stays on `/`.
  await page.goto('/?lang=en');
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(languageSwitch(page, 'Language')).toHaveValue('en');
});

test('a ?lang=ru link opens in Russian, on the Russian page, keeping the rest of the link', async ({
  page,
}) => {
  await openAndFollow(page, '/?lang=ru&country=KGZ#map', /\/ru\/\?lang=ru&country=KGZ#map$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(languageSwitch(page, 'Язык')).toHaveValue('ru');
  await expect(page.getByRole('complementary').first()).toBeVisible();
});

test('an unknown ?lang= is named in a notice and the language stays', async ({ page }) => {
  await page.goto('/ru/?lang=fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByText('В ссылке указан язык «fr», которого на этой карте нет')).toBeVisible();
});

test.describe('a Russian browser', () => {
  test.use({ locale: 'ru-RU' });
  test('opens the map in Russian by default', async ({ page }) => {
    await openAndFollow(page, '/', /\/ru\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(languageSwitch(page, 'Язык')).toHaveValue('ru');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [path, lang, label, title] of [
    ['/ru/', 'ru', 'Язык', 'интерактивная карта'],
    ['/kk/', 'kk', 'Тіл', 'интерактивті карта'],
    ['/', 'en', 'Language', 'an interactive map'],
  ] as const) {
    test(`${path} paints in its language (${lang}) before any script`, async ({ page }) => {
      await page.mainFrame().goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(new RegExp(` — ${title}$`));
      await expect(languageSwitch(page, label)).toBeVisible();
      await expect(page.locator('[data-id="KAZ"]').first()).toBeVisible();
    });
  }
});

test('every language page loads its files from the site itself, and the switch passes axe', async ({
  page,
}) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  for (const [path, name] of [
    ['/kk/', 'Тіл'],
    ['/ru/', 'Язык'],
  ] as const) {
    await page.goto(path);
    await expect(languageSwitch(page, name)).toBeVisible();
    const result = await new AxeBuilder({ page })
      .include('.language-switch')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    const box = await languageSwitch(page, name).boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(24);
    expect(box?.width).toBeGreaterThanOrEqual(24);
  }
  expect(failed).toEqual([]);
});

test('a language page shows its own prerendered panel while the app is still starting', async ({ page }) => {
  const panels: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/panels/')) panels.push(new URL(r.url()).pathname);
  });
  await page.goto('/kk/?country=CHN');
  expect(panels).toEqual(['/panels/kk/CHN.html']);
  await expect(page.getByRole('complementary')).toHaveCount(1);
});
