import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { appTest as test } from '../e2e/fixtures.ts';

/**
 * The pictures in docs/screenshots/ (the README shows them), made by `npm run screenshots`, never by
 * `npm test`: what they show is asserted in tests/e2e/ (views.spec.ts, foundation.spec.ts,
 * explore.spec.ts, presentation.spec.ts). Each is taken at a laptop's 1366×768, a classroom
 * projector's 1024×768 or a phone's 390×844, with the map at rest.
 */
const screens = {
  laptop: { width: 1366, height: 768 },
  projector: { width: 1024, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

type Shot = {
  name: string;
  screen: keyof typeof screens;
  path: string;
  filters?: boolean;
  table?: boolean;
  dark?: boolean;
  /** Zoomed in far enough for the 1:50m outlines: wait for them. */
  fine?: boolean;
};

const shots: Shot[] = [
  { name: 'desktop-map', screen: 'laptop', path: '/' },
  { name: 'desktop-russia', screen: 'laptop', path: '/?country=RUS' },
  { name: 'desktop-kazakhstan', screen: 'laptop', path: '/?country=KAZ' },
  { name: 'explore-desktop-sco', screen: 'laptop', path: '/?org=SCO' },
  { name: 'explore-desktop-filters', screen: 'laptop', path: '/?sector=energy', filters: true },
  { name: 'explore-desktop-table', screen: 'laptop', path: '/?region=western-asia', table: true },
  { name: 'projector-map', screen: 'projector', path: '/' },
  { name: 'projector-russia', screen: 'projector', path: '/?country=RUS' },
  { name: 'projector-filters', screen: 'projector', path: '/?org=SCO', filters: true },
  { name: 'projector-table', screen: 'projector', path: '/?vector=central-asia', table: true },
  { name: 'phone-map', screen: 'phone', path: '/' },
  { name: 'phone-china', screen: 'phone', path: '/?country=CHN' },
  {
    name: 'explore-phone-filters',
    screen: 'phone',
    path: '/?relation=strategic-partnership,alliance',
    filters: true,
  },
  { name: 'explore-phone-table', screen: 'phone', path: '/?org=CSTO', table: true },
  { name: 'present-russia-1024', screen: 'projector', path: '/?present=5' },
  { name: 'present-eu-1024', screen: 'projector', path: '/?present=12' },
  { name: 'present-middle-east-1024-dark', screen: 'projector', path: '/?present=16', dark: true },
  { name: 'present-goals-1366', screen: 'laptop', path: '/?present=2' },
  { name: 'present-russia-1366', screen: 'laptop', path: '/?present=5' },
  { name: 'present-central-asia-1366-dark', screen: 'laptop', path: '/?present=7', dark: true },
  { name: 'present-russia-phone', screen: 'phone', path: '/?present=5' },
  { name: 'projector-kyrgyzstan', screen: 'projector', path: '/?country=KGZ' },
  { name: 'desktop-germany-50m', screen: 'laptop', path: '/?country=DEU', fine: true },
  { name: 'present-quiz-question-1024', screen: 'projector', path: '/?present=7&quiz=1' },
  { name: 'present-quiz-answer-1024', screen: 'projector', path: '/?present=7&quiz=1&reveal=1' },
  { name: 'phone-quiz-question', screen: 'phone', path: '/?present=7&quiz=1' },
  // Russian and Kazakh: the same screens, in the language a class reads.
  { name: 'ru-projector-russia', screen: 'projector', path: '/?lang=ru&country=RUS' },
  { name: 'ru-projector-table', screen: 'projector', path: '/?lang=ru&vector=central-asia', table: true },
  { name: 'ru-phone-china', screen: 'phone', path: '/?lang=ru&country=CHN' },
  { name: 'ru-present-central-asia-1366', screen: 'laptop', path: '/?lang=ru&present=7' },
  { name: 'kk-projector-map', screen: 'projector', path: '/?lang=kk' },
  { name: 'kk-projector-filters', screen: 'projector', path: '/?lang=kk&org=SCO', filters: true },
  { name: 'kk-desktop-kyrgyzstan', screen: 'laptop', path: '/?lang=kk&country=KGZ' },
  { name: 'kk-phone-map', screen: 'phone', path: '/?lang=kk' },
  { name: 'kk-present-quiz-question-1024', screen: 'projector', path: '/?lang=kk&present=7&quiz=1' },
];

/**
 * Waits for the state a picture needs: fonts loaded, the map (if shown) at rest, no gesture
 * transform, and its names placed (they load after the first view).
 */
async function atRest(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (await page.locator('.map__svg').isVisible())
    await expect(page.locator('[data-label-for]').first()).toBeAttached();
  await expect
    .poll(() => page.evaluate(() => document.querySelector<SVGElement>('.map__svg')?.style.transform ?? ''))
    .toBe('');
}

for (const shot of shots) {
  test(`screenshot ${shot.name}`, async ({ page }) => {
    await page.setViewportSize(screens[shot.screen]);
    // The map jumps to its framing instead of gliding there.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(shot.path);
    await expect(page.locator('[data-id="KAZ"][role="button"]')).toBeVisible();
    const slide = shot.path.match(/present=(\d+)/)?.[1];
    if (slide) await expect(page.getByText(new RegExp(`^${slide} / \\d+$`))).toBeVisible();
    if (shot.dark) {
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-projector', 'dark');
    }
    if (shot.filters) {
      // Reached by structure, not by words: the same step in every language.
      await page.locator('.filters__details > summary').click();
      await expect(page.locator('.filters__body')).toBeVisible();
    }
    if (shot.table) {
      await page.locator('.view-controls .segmented button').nth(1).click();
      await expect(page.getByRole('table')).toBeVisible();
    }
    if (shot.fine)
      await expect
        .poll(() =>
          page.evaluate(() =>
            performance
              .getEntriesByType('resource')
              .some((entry) => /world-50m-[^/]+\.json$/.test(entry.name)),
          ),
        )
        .toBe(true);
    // No hover tooltip in the picture.
    await page.mouse.move(0, 0);
    await atRest(page);
    await page.screenshot({
      path: `docs/screenshots/${shot.name}.png`,
      animations: 'disabled',
      caret: 'hide',
    });
  });
}

/** A draft of the article's opening in the editor, as a teacher leaves it: three passages attached. */
function seededDraft(): string {
  const article = readFileSync(new URL('../../data/article.txt', import.meta.url), 'utf8').replace(
    /\r\n?/g,
    '\n',
  );
  const text = article.slice(
    article.indexOf('Within the United Nations'),
    article.indexOf('Country priorities') + 1400,
  );
  const passage = (from: string, length: number, countries: string[], relation: string, id: string) => {
    const start = text.indexOf(from);
    return { id, start, end: start + length, countries, relation };
  };
  const heading = text.indexOf('Country priorities');
  return JSON.stringify({
    version: 1,
    draft: {
      text,
      title: 'Multi-vector policy of Kazakhstan (opening)',
      date: '2017-03-03',
      homeId: 'KAZ',
      sections: [
        { id: 'opening', title: '', start: 0, end: heading },
        { id: 'country-priorities', title: 'Country priorities', start: heading, end: text.length },
      ],
      attachments: [
        passage('Based on the Good Neighbourliness', 80, ['RUS'], 'alliance', 'a1'),
        passage(
          'It will deepen strategic cooperation with China',
          47,
          ['CHN'],
          'strategic-partnership',
          'a2',
        ),
        passage('Country priorities', 18, ['UZB', 'KGZ', 'TJK'], 'cooperation', 'a3'),
      ],
    },
  });
}

for (const [name, screen, lang] of [
  ['editor-desktop', 'laptop', 'en'],
  ['ru-editor-phone', 'phone', 'ru'],
] as const) {
  test(`screenshot ${name}`, async ({ page }) => {
    await page.setViewportSize(screens[screen]);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.addInitScript(
      (draft) => localStorage.setItem('kazakhstan-map.article-draft', draft),
      seededDraft(),
    );
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator('[data-attachment]')).toHaveCount(3);
    await expect(page.locator('[data-id="RUS"][role="button"]')).toHaveAttribute('data-relation', 'alliance');
    // The text scrolled to the first attached passage, so its mark is in the picture (the mark's
    // place in the backdrop is its place in the text).
    await page.locator('.article-editor__text').evaluate((el: HTMLTextAreaElement) => {
      const mark = document.querySelector<HTMLElement>('.article-editor__marks mark');
      el.scrollTop = (mark?.offsetTop ?? 0) - 2 * Number.parseFloat(getComputedStyle(el).lineHeight);
    });
    await expect(page.locator('.article-editor__marks mark').first()).toBeInViewport();
    await page.mouse.move(0, 0);
    await atRest(page);
    await page.screenshot({ path: `docs/screenshots/${name}.png`, animations: 'disabled', caret: 'hide' });
  });
}
