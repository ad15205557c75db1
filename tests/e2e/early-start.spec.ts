import { expect } from '@playwright/test';
import { test } from './fixtures.ts';

/**
 * The built page paints its prerendered map before the app's code runs (main.tsx starts it after
 * the first paint). A click on a country in that gap must not be lost. Here the app's code is held
 * back until the click has happened, which a slow laptop does by itself.
 */
test('a click on the map before the app has started opens that country once it has', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // The frame's own goto: the fixture's page.goto would wait for the app, which is held back here.
  await page.mainFrame().goto('/', { waitUntil: 'commit' });
  const china = page.locator('[data-id="CHN"][role="button"]');
  await expect(china).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.app ?? 'not started')).toBe(
    'not started',
  );
  const box = await china.boundingBox();
  if (!box) throw new Error('China is not drawn');
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.45);
  await expect(page.getByRole('complementary')).toHaveCount(0);
  release();
  await expect(page.getByRole('complementary', { name: 'China' })).toBeVisible();
  await expect(page).toHaveURL(/\?country=CHN$/);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
});

/**
 * The app's code and data (100 KB) are fetched after the first paint, not beside the HTML: on a slow
 * line they shared its bandwidth, and compiling them shared the CPU with the first layout.
 */
test('the app’s code and data are requested only once the first view is drawn, together', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  const timing = await page.evaluate(() => {
    // Set two frames after the first view is drawn (the FCP entry's presentation time may be later).
    const drawn = performance.getEntriesByName('map-drawn', 'mark')[0]?.startTime ?? Number.NaN;
    const started = (pattern: RegExp) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => pattern.test(entry.name))
        .map((entry) => ({ at: entry.startTime, by: entry.initiatorType }));
    return { drawn, boot: started(/\/assets\/boot-[^/]+\.js$/), data: started(/\/assets\/[^/]+\.json$/) };
  });
  expect(timing.drawn).toBeGreaterThan(0);
  expect(timing.boot).toHaveLength(1);
  expect(timing.data).toHaveLength(2);
  for (const { at } of [...timing.boot, ...timing.data]) expect(at).toBeGreaterThanOrEqual(timing.drawn);
  // The data does not wait for the code to arrive and run: its preload links fetched it.
  expect(timing.data.map(({ by }) => by)).toEqual(['link', 'link']);
});

/** Holds the page's animation frames until `window.releaseFrames()`: a first frame that comes late. */
const holdFrames = () => {
  const held: FrameRequestCallback[] = [];
  const request = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => {
    held.push(callback);
    return held.length;
  };
  Object.assign(window, {
    releaseFrames: () => {
      window.requestAnimationFrame = request;
      for (const callback of held.splice(0)) request(callback);
    },
  });
};

/**
 * On a busy laptop the first frame can take longer than any fixed wait. The app still starts only
 * once the first view is drawn, however long that takes (the page's timers run on Playwright's
 * clock, so "long" here is minutes of page time, not of the test's).
 */
test('a first frame that comes late still comes before the app’s code', async ({ page }) => {
  await page.clock.install({ time: 0 });
  await page.clock.pauseAt(1_000);
  await page.addInitScript(holdFrames);
  // Whether the page had had its frames when it asked for the app's code.
  let framesGiven = false;
  const requested: boolean[] = [];
  page.on('request', (request) => {
    if (/\/assets\/boot-[^/]+\.js$/.test(request.url())) requested.push(framesGiven);
  });
  await page.mainFrame().goto('/', { waitUntil: 'load' });
  await expect(page.locator('[data-id="CHN"][role="button"]')).toBeVisible();
  await page.clock.runFor(5 * 60_000);
  expect(requested).toEqual([]);

  framesGiven = true;
  await page.evaluate(() => (window as unknown as { releaseFrames: () => void }).releaseFrames());
  await page.clock.resume();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  expect(requested).toEqual([true]);
});

/** A page opened in a background tab gets no frames until it is shown; it starts without them. */
test('a page opened in a background tab starts without waiting for a frame', async ({ page }) => {
  await page.addInitScript(holdFrames);
  await page.addInitScript(() => {
    Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { get: () => true });
  });
  await page.mainFrame().goto('/', { waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
});
