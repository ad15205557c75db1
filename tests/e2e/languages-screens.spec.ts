import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Every screen in Russian and Kazakh: nothing left in English but the article's own words (which
 * carry lang="en"), nothing cut off or pushed off screen at a projector's 1024×768 and a phone's
 * 390 px, and axe clean. The screens are reached by structure, not by words, so the same steps run
 * in every language.
 */

type Screen = { name: string; url: string; open?: (page: Page) => Promise<void> };

const SCREENS: Screen[] = [
  { name: 'first view', url: '/' },
  { name: 'a country panel', url: '/?country=RUS' },
  {
    name: 'the filter panel',
    url: '/?org=SCO',
    open: async (page) => {
      await page.locator('.filters__details > summary').click();
      await expect(page.locator('.filters__body')).toBeVisible();
    },
  },
  {
    name: 'the table',
    url: '/?org=SCO',
    open: async (page) => {
      await page.locator('.view-controls .segmented button').nth(1).click();
      await expect(page.getByRole('table')).toBeVisible();
    },
  },
  {
    name: 'the About dialog',
    url: '/',
    open: async (page) => {
      // Up to 1300 px wide the About button waits behind "More".
      const more = page.locator('.narrow-menu__toggle');
      if (await more.isVisible()) await more.click();
      await page.locator('button:has(+ dialog.about)').click();
      await expect(page.locator('dialog.about h3').first()).toBeVisible();
    },
  },
  { name: 'a tour slide', url: '/?present=3' },
  { name: 'a quiz question', url: '/?present=3&quiz=1' },
];

/** Letters-only words that read the same in every language (file formats, standards' names, the Enter key's). */
const SAME_IN_EVERY_LANGUAGE = new Set(['PNG', 'SVG', 'CSV', 'JSON', 'ISO', 'UN', 'M49', 'English', 'Enter']);

/**
 * Visible text written in Latin letters that is not marked with its language (`lang="en"` or another
 * than the page's, on it or an ancestor): an untranslated word, or the article's words without their
 * language.
 */
const unmarkedLatin = (page: Page, allowed: string[]) =>
  page.evaluate((allowed) => {
    const found: string[] = [];
    const root = document.querySelector('dialog[open]') ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template, [aria-hidden="true"]')) continue;
      // Marked as another language than the page's (the article's English, Turkey's "Türkiye").
      const marked = parent.closest('[lang]');
      if (marked && marked.getAttribute('lang') !== document.documentElement.lang) continue;
      const box = parent.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // checkVisibility: also false inside a closed <details>, whose content is laid out but not shown.
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      for (const word of node.textContent?.match(/\p{Script=Latin}{3,}/gu) ?? []) {
        if (!allowed.includes(word)) found.push(`${word} (in <${parent.tagName.toLowerCase()}>)`);
      }
    }
    return [...new Set(found)];
  }, allowed);

/** Controls and headings whose text is cut off, or that reach outside the screen sideways. */
const cutOff = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const selector = 'button, summary, label, a, h1, h2, h3, legend, th, [role="status"], .chip';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.closest('.visually-hidden, [hidden]')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const name = `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}"`;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto')
        found.push(`${name}: text ${el.scrollWidth} px wide in a box of ${el.clientWidth} px`);
      // A wide table scrolls inside its own box; anything else must stay on screen.
      const scroller = el.closest('.country-table__scroll');
      if (!scroller && (box.right > innerWidth + 1 || box.left < -1))
        found.push(
          `${name}: from ${Math.round(box.left)} to ${Math.round(box.right)} px on a ${innerWidth} px screen`,
        );
    }
    if (document.documentElement.scrollWidth > innerWidth + 1)
      found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
    return found;
  });

// axe walks ~250 SVG countries.
test.slow();

/**
 * Screens that still show dataset text in English without `lang="en"` (a vector's rule, a
 * membership's note, the article's name for a country, the About dialog's territory notes): known
 * faults, tracked here so this test fails the day they are fixed and the mark must go.
 */
const KNOWN_UNMARKED = new Set<string>([]);

for (const lang of ['ru', 'kk'] as const) {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ]) {
    for (const screen of SCREENS) {
      test(`${lang} at ${size.width}×${size.height}, ${screen.name}: translated, nothing cut off${size.width === 1024 ? ', axe clean' : ''}`, async ({
        page,
      }) => {
        test.fail(KNOWN_UNMARKED.has(screen.name), 'dataset text in English not marked lang="en"');
        await page.setViewportSize(size);
        await page.goto(`${screen.url}${screen.url.includes('?') ? '&' : '?'}lang=${lang}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await screen.open?.(page);
        // Country names and the dataset's words are in the reader's language too: no allowance.
        expect(await unmarkedLatin(page, [...SAME_IN_EVERY_LANGUAGE])).toEqual([]);
        expect(await cutOff(page)).toEqual([]);
        if (size.width === 1024) {
          const axe = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          expect(axe.violations.map((v) => v.id)).toEqual([]);
        }
      });
    }
  }
}
