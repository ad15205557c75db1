import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { test } from './fixtures.ts';

/**
 * The tour's quiz: a slide first asks how the article describes the home country's relation with
 * its countries (painted neutral, named, their relation hidden), the next press reveals colours and
 * quotes, the press after goes to the next slide's question.
 */
const tour = JSON.parse(readFileSync(new URL('../../data/tour.json', import.meta.url), 'utf8')) as {
  steps: { title: { en: string }; quotes: string[] }[];
};
const total = tour.steps.length;
const titleOf = (n: number) => tour.steps[n - 1]?.title.en ?? '';
const live = (page: Page) => page.locator('.slide [aria-live="polite"]');
const shape = (page: Page, id: string) => page.locator(`[data-id="${id}"][role="button"]`);
const question = (count: number) =>
  `How does the article describe Kazakhstan's relation with ${count === 1 ? 'this country' : 'these countries'}?`;

/** A country's painted fill, and the legend's swatch for a relation (the colour it must show once revealed). */
const fillOf = (page: Page, id: string) => shape(page, id).evaluate((e) => getComputedStyle(e).fill);
const legendColour = (page: Page, relation: string) =>
  page
    .locator(`.legend .swatch--${relation}`)
    .first()
    .evaluate((e) => getComputedStyle(e).backgroundColor);

/** Slide `n` asks about `asked` (the names shown in the card): neutral, unnamed relation, no quote. */
async function expectQuestion(page: Page, n: number, asked: Record<string, string>) {
  const names = Object.values(asked);
  await expect(page.locator('#slide-title')).toHaveText(titleOf(n));
  await expect(page.locator('.map')).toHaveAttribute('data-quiz', 'question');
  await expect(page.locator('.quiz__question')).toHaveText(question(names.length));
  await expect(page.getByRole('list', { name: "The slide's countries" }).getByRole('listitem')).toHaveText(
    names,
  );
  await expect(page.locator('.slide blockquote')).toHaveCount(0);
  await expect(live(page)).toContainText(`Slide ${n} of ${total}: ${titleOf(n)}. ${question(names.length)}`);
  await expect(page).toHaveURL(new RegExp(`\\?present=${n}&quiz=1&lang=en$`));
  const neutral = await page
    .locator('.quiz__countries .swatch')
    .first()
    .evaluate((e) => getComputedStyle(e).backgroundColor);
  for (const [id, name] of Object.entries(asked)) {
    expect(await fillOf(page, id)).toBe(neutral);
    // Neither the accessible name nor the tooltip tells the answer; the public attribute is kept.
    await expect(shape(page, id)).toHaveAttribute('aria-label', name);
    await expect(shape(page, id)).toHaveAttribute(
      'data-relation',
      /^(alliance|strategic-partnership|cooperation)$/,
    );
  }
}

/** Slide `n` shows its answer: `relations` by id, coloured as the legend, named in the card and live region. */
async function expectAnswer(page: Page, n: number, relations: Record<string, [string, string]>) {
  await expect(page.locator('#slide-title')).toHaveText(titleOf(n));
  await expect(page.locator('.map')).not.toHaveAttribute('data-quiz');
  await expect(page.locator('.quiz__question')).toHaveCount(0);
  await expect(page.locator('.slide blockquote').first()).toHaveText(tour.steps[n - 1]?.quotes[0] ?? '');
  await expect(page).toHaveURL(new RegExp(`\\?present=${n}&quiz=1&reveal=1&lang=en$`));
  for (const [id, [relation, words]] of Object.entries(relations)) {
    expect(await fillOf(page, id)).toBe(await legendColour(page, relation));
    await expect(shape(page, id)).toHaveAttribute('aria-label', new RegExp(`, ${words.toLowerCase()}`));
    await expect(page.getByRole('list', { name: 'Answer' })).toContainText(words);
    await expect(live(page)).toContainText(`Slide ${n} of ${total}: ${titleOf(n)}. Answer: ${words}`);
  }
}

test('clicker presses step question → answer → next question, and back one step at a time', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?present=5&quiz=1');
  await expectQuestion(page, 5, { RUS: 'Russia' });
  // The tooltip of an asked country names it, nothing more.
  await shape(page, 'RUS').focus();
  await expect(page.locator('.map-tooltip')).toHaveText('Russia');
  await page.locator('#slide-title').focus();

  await page.keyboard.press('ArrowRight');
  await expectAnswer(page, 5, { RUS: ['alliance', 'Alliance'] });
  await expect(live(page)).toContainText('Good Neighbourliness and Alliance Agreement');
  await page.keyboard.press('Space');
  await expectQuestion(page, 6, { CHN: 'China' });
  await page.keyboard.press('PageDown');
  await expectAnswer(page, 6, { CHN: ['strategic-partnership', 'Strategic partnership'] });
  await page.keyboard.press('ArrowRight');
  await expectQuestion(page, 7, {
    KGZ: 'Kyrgyzstan',
    TJK: 'Tajikistan',
    TKM: 'Turkmenistan',
    UZB: 'Uzbekistan',
  });
  await page.keyboard.press('ArrowLeft');
  await expectAnswer(page, 6, { CHN: ['strategic-partnership', 'Strategic partnership'] });
  await page.keyboard.press('PageUp');
  await expectQuestion(page, 6, { CHN: 'China' });
  // The Next button is one press too.
  await page.getByRole('button', { name: 'Next →' }).click();
  await expectAnswer(page, 6, { CHN: ['strategic-partnership', 'Strategic partnership'] });
});

test('a reload resumes the exact step, question or answer', async ({ page }) => {
  await page.goto('/?present=7&quiz=1');
  const central = { KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', TKM: 'Turkmenistan', UZB: 'Uzbekistan' };
  await expectQuestion(page, 7, central);
  await page.reload();
  await expectQuestion(page, 7, central);
  await page.keyboard.press('ArrowRight');
  await expectAnswer(page, 7, { KGZ: ['cooperation', 'Cooperation'] });
  await page.reload();
  await expectAnswer(page, 7, { KGZ: ['cooperation', 'Cooperation'] });
  await page.keyboard.press('ArrowRight');
  const neighbours = {
    ARM: 'Armenia',
    AZE: 'Azerbaijan',
    BLR: 'Belarus',
    GEO: 'Georgia',
    MDA: 'Moldova',
    UKR: 'Ukraine',
  };
  await expectQuestion(page, 8, neighbours);
  await page.reload();
  await expectQuestion(page, 8, neighbours);
});

test('the Quiz switch turns it on and off by mouse and keyboard; ?quiz=1 waits for Present', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?present=5');
  const toggle = page.getByRole('button', { name: 'Quiz' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.map')).not.toHaveAttribute('data-quiz');
  const box = await toggle.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(24);
  expect(box?.height).toBeGreaterThanOrEqual(24);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expectQuestion(page, 5, { RUS: 'Russia' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.map')).not.toHaveAttribute('data-quiz');
  await expect(page).toHaveURL(/\?present=5&lang=en$/);
  expect(await fillOf(page, 'RUS')).toBe(await legendColour(page, 'alliance'));

  // From the first view: slides 1 and 2 show only the home country, so there is nothing to ask.
  await page.goto('/?quiz=1');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('#slide-title')).toHaveText(titleOf(1));
  await expect(page.getByRole('button', { name: 'Quiz' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.map')).not.toHaveAttribute('data-quiz');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#slide-title')).toHaveText(titleOf(2));
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.map')).toHaveAttribute('data-quiz', 'question');
  await expect(page.locator('#slide-title')).toHaveText(titleOf(3));

  // A switch the link cannot read is explained, and the tour shows its answers.
  await page.goto('/?present=5&quiz=maybe');
  await expect(page.getByRole('status').filter({ hasText: 'quiz to "maybe"' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quiz' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.slide blockquote')).toHaveCount(1);
});

/** The colour on screen at a point (device pixels = CSS pixels here), decoded in the page. */
async function pixel(page: Page, point: { x: number; y: number }): Promise<number[]> {
  const png = await page.screenshot({ clip: { ...point, width: 1, height: 1 } });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const context = new OffscreenCanvas(1, 1).getContext('2d');
    context?.drawImage(bitmap, 0, 0);
    return [...(context?.getImageData(0, 0, 1, 1).data.slice(0, 3) ?? [])];
  }, png.toString('base64'));
}

/**
 * A point well inside `id` (its neighbours 6 px around are the same country), away from its outline.
 * Probes only the country's own box on the map: a scan of the whole map took minutes on a busy machine.
 */
async function inside(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.locator('.map').evaluate((map, id) => {
    const stage = map.getBoundingClientRect();
    const shape = map.querySelector(`.map__svg [data-id="${id}"]`)?.getBoundingClientRect();
    if (!shape) return null;
    const m = {
      top: Math.max(stage.top, shape.top - 8),
      bottom: Math.min(stage.bottom, shape.bottom + 8),
      left: Math.max(stage.left, shape.left - 8),
      right: Math.min(stage.right, shape.right + 8),
    };
    const hit = (x: number, y: number) =>
      (document.elementFromPoint(x, y) as SVGElement | null)?.dataset?.id === id;
    for (let y = m.top + 8; y < m.bottom - 8; y += 3)
      for (let x = m.left + 8; x < m.right - 8; x += 3)
        if (hit(x, y) && hit(x - 6, y) && hit(x + 6, y) && hit(x, y - 6) && hit(x, y + 6))
          return { x: Math.round(x), y: Math.round(y) };
    return null;
  }, id);
  if (!point) throw new Error(`no point well inside ${id}`);
  return point;
}

const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - (b[i] ?? 0)));

for (const mode of ['projector light', 'projector dark', 'forced colours'] as const)
  test(`${mode}: the asked countries stand apart from those not on the slide, and from their answer`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    // No glide: the map is framed at once, so a point found stays the same place on screen.
    await page.emulateMedia({
      reducedMotion: 'reduce',
      forcedColors: mode === 'forced colours' ? 'active' : 'none',
      colorScheme: mode === 'projector dark' ? 'dark' : 'light',
    });
    await page.goto('/?present=7&quiz=1');
    await expect(page.locator('.map')).toHaveAttribute('data-quiz', 'question');
    await expect(page.locator('html')).toHaveAttribute(
      'data-projector',
      mode === 'projector dark' ? 'dark' : 'light',
    );
    const asked = await pixel(page, await inside(page, 'UZB'));
    const notOnSlide = await pixel(page, await inside(page, 'AFG'));
    expect(distance(asked, notOnSlide), `asked ${asked} vs not on the slide ${notOnSlide}`).toBeGreaterThan(
      60,
    );
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.map')).not.toHaveAttribute('data-quiz');
    const revealed = await pixel(page, await inside(page, 'UZB'));
    expect(distance(asked, revealed), `question ${asked} vs answer ${revealed}`).toBeGreaterThan(60);
  });
