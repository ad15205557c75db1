/** What the first view costs: time to the `map-drawn` mark, bytes per kind, JS heap once loaded. */

const KINDS = ['js', 'css', 'data', 'html', 'other'];

/**
 * Opens a fresh context (cold cache) with the CPU slowed `throttle` times, as every bench page is;
 * with reduced motion unless `reducedMotion` is false.
 */
export async function openPage(
  browser,
  { throttle, viewport = { width: 1366, height: 768 }, reducedMotion = true },
) {
  const context = await browser.newContext({
    viewport,
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp };
}

/**
 * Resolves to the time of the performance mark `name` once the page has set it. Asked over CDP
 * (Runtime.evaluate), not with Playwright's waitForFunction: that injects Playwright's own script
 * into the page, and parsing it costs ~350 ms of main thread at 4x CPU, which then delays the very
 * frames being timed.
 */
export async function waitForMark(cdp, name) {
  const mark = JSON.stringify(name);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `new Promise((resolve) => {
      const found = performance.getEntriesByName(${mark}, 'mark')[0];
      if (found) return resolve(found.startTime);
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntries().find((e) => e.name === ${mark});
        if (entry) { observer.disconnect(); resolve(entry.startTime); }
      }).observe({ type: 'mark' });
    })`,
    awaitPromise: true,
    returnByValue: true,
    timeout: 60_000,
  });
  if (exceptionDetails) throw new Error(`waiting for the ${name} mark: ${exceptionDetails.text}`);
  return result.value;
}

/**
 * Waits for the mark every bench page sets two frames after its map is drawn, and returns its
 * time; with `interactive`, then also for the app to have started (`app-interactive`).
 */
export async function waitForMap(page, { interactive = false } = {}) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const time = await waitForMark(cdp, 'map-drawn');
    if (interactive) await waitForMark(cdp, 'app-interactive');
    return time;
  } finally {
    await cdp.detach();
  }
}

function kindOf(request) {
  const type = request.resourceType();
  if (type === 'script') return 'js';
  if (type === 'stylesheet') return 'css';
  if (type === 'document') return 'html';
  if (type === 'fetch' || type === 'xhr' || /\.(json|topojson|geojson|txt)(\?|$)/.test(request.url()))
    return 'data';
  return 'other';
}

/**
 * Loads `url` cold: time to map (ms from navigation start), the first view's body bytes over the
 * wire by kind (requested before the map was drawn; `atIdle`: everything by network idle), heap (bytes);
 * with `interactive`, also the time to the app's `app-interactive` mark (hydrated, answers input).
 */
export async function measureLoad(browser, url, { throttle, interactive = false }) {
  const { context, page, cdp } = await openPage(browser, { throttle });
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.goto(url);
  const timeToMap = await waitForMark(cdp, 'map-drawn');
  const timeToInteractive = interactive ? await waitForMark(cdp, 'app-interactive') : null;
  await page.waitForLoadState('networkidle');
  // The first view is what was asked for until the app had started (`app-interactive`, from the
  // page's own resource timing, so it does not depend on when this process hears of the mark): the
  // HTML, what it references and preloads, as `npm run size` counts them. What the app asks for
  // once started (the zoom library, the names on the map) counts at idle only.
  const firstView = new Set(
    await page.evaluate(() => {
      const started = performance.getEntriesByName('app-interactive', 'mark')[0]?.startTime ?? Infinity;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= started)
        .map((entry) => entry.name);
    }),
  );
  const bytes = Object.fromEntries(KINDS.map((k) => [k, 0]));
  let atIdle = 0;
  let requests = 0;
  for (const request of finished) {
    const { responseBodySize } = await request.sizes();
    atIdle += responseBodySize;
    if (request.resourceType() !== 'document' && !firstView.has(request.url())) continue;
    bytes[kindOf(request)] += responseBodySize;
    requests++;
  }
  bytes.total = KINDS.reduce((sum, k) => sum + bytes[k], 0);
  bytes.requests = requests;
  bytes.atIdle = atIdle;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { timeToMap, timeToInteractive, bytes, heap: usedSize };
}
