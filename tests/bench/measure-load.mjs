/** What the first view costs: time to the `map-drawn` mark, bytes per kind, JS heap once loaded. */

const KINDS = ['js', 'css', 'data', 'html', 'other'];

/** Opens a fresh context (cold cache) with the CPU slowed `throttle` times, as every bench page is. */
export async function openPage(browser, { throttle, viewport = { width: 1366, height: 768 } }) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp };
}

/** Waits for the mark every bench page sets two frames after its map is drawn; returns its time. */
export async function waitForMap(page) {
  await page.waitForFunction(() => performance.getEntriesByName('map-drawn', 'mark').length > 0, null, {
    timeout: 60_000,
    polling: 50,
  });
  return page.evaluate(() => performance.getEntriesByName('map-drawn', 'mark')[0].startTime);
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

/** Loads `url` cold: time to map (ms from navigation start), body bytes over the wire, heap (bytes). */
export async function measureLoad(browser, url, { throttle }) {
  const { context, page, cdp } = await openPage(browser, { throttle });
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.goto(url);
  const timeToMap = await waitForMap(page);
  await page.waitForLoadState('networkidle');
  const bytes = Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (const request of finished) {
    const sizes = await request.sizes();
    bytes[kindOf(request)] += sizes.responseBodySize;
  }
  bytes.total = KINDS.reduce((sum, k) => sum + bytes[k], 0);
  bytes.requests = finished.length;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { timeToMap, bytes, heap: usedSize };
}
