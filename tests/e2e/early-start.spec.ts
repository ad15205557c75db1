import { expect, type Page } from '@playwright/test';
import { test } from './fixtures.ts';

/** Holds the app's code back until `release()`, as a slow laptop does by itself. */
async function holdApp(page: Page) {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const notStarted = (page: Page) => page.evaluate(() => document.documentElement.dataset.app ?? 'not started');

/**
 * The built page paints its prerendered map before the app's code runs (main.tsx starts it after
 * the first paint). A click on a country in that gap opens its prerendered panel at once, and the
 * app, once started, opens the same country (the click is replayed) in its own single panel.
 */
test('a click on the map before the app has started opens that country at once, and still once it has', async ({
  page,
}) => {
  const release = await holdApp(page);
  // The frame's own goto: the fixture's page.goto would wait for the app, which is held back here.
  await page.mainFrame().goto('/', { waitUntil: 'commit' });
  const china = page.locator('[data-id="CHN"][role="button"]');
  await expect(china).toBeVisible();
  expect(await notStarted(page)).toBe('not started');
  const box = await china.boundingBox();
  if (!box) throw new Error('China is not drawn');
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.45);
  const panel = page.getByRole('complementary', { name: 'China' });
  await expect(panel.locator('blockquote').first()).toBeVisible();
  expect(await notStarted(page)).toBe('not started');
  release();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page).toHaveURL(/\?country=CHN&lang=en$/);
  await expect(page.getByRole('complementary')).toHaveCount(1);
  await expect(panel).toBeVisible();
  await expect(page.locator('#early-panel')).toBeEmpty();
});

test('a ?country= link shows its panel before the app has started, then the app’s own', async ({ page }) => {
  const release = await holdApp(page);
  await page.mainFrame().goto('/?country=RUS', { waitUntil: 'commit' });
  const panel = page.getByRole('complementary', { name: 'Russia' });
  await expect(panel.locator('blockquote').first()).toBeVisible();
  expect(await notStarted(page)).toBe('not started');
  release();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('#early-panel')).toBeEmpty();
  await expect(page.getByRole('complementary')).toHaveCount(1);
  await expect(panel.locator('blockquote').first()).toBeVisible();
});

test('a panel closed before the app has started stays closed once it has', async ({ page }) => {
  const release = await holdApp(page);
  await page.mainFrame().goto('/', { waitUntil: 'commit' });
  const china = page.locator('[data-id="CHN"][role="button"]');
  const box = await china.boundingBox();
  if (!box) throw new Error('China is not drawn');
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.45);
  await page.getByRole('button', { name: 'Close China' }).click();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  release();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page).not.toHaveURL(/country=/);
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
    return {
      drawn,
      boot: started(/\/assets\/boot-[^/]+\.js$/),
      data: started(/\/assets\/(?:world|dataset)-[^/]+\.json$/),
      // Data the app fetches once started (the map's names, search's other names), if it has yet.
      later: started(/\/assets\/[^/]+\.json$/),
    };
  });
  expect(timing.drawn).toBeGreaterThan(0);
  expect(timing.boot).toHaveLength(1);
  expect(timing.data).toHaveLength(2);
  for (const { at } of [...timing.boot, ...timing.later]) expect(at).toBeGreaterThanOrEqual(timing.drawn);
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
