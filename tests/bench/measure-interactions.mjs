import { openPage, waitForMap } from './measure-load.mjs';

/**
 * Records the page's Event Timing entries (the API behind Interaction to Next Paint) from now on.
 * An entry's duration runs from the input's timestamp to the next frame presented after its
 * handlers ran, rounded to 8 ms; entries under 16 ms are not reported.
 */
const recordEventTiming = (page) =>
  page.evaluate(() => {
    window.__eventTiming = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__eventTiming.push({
          interactionId: e.interactionId,
          startTime: e.startTime,
          duration: e.duration,
        });
    }).observe({ type: 'event', durationThreshold: 16 });
  });

/**
 * Arms a one-shot probe in the page: on the next click it notes when `condition` first holds, then
 * waits for the frame after that and for the click's Event Timing entries. It resolves to the interaction's latency as Event Timing
 * gives it (the longest of the press, release and click entries: input to next paint), but only if
 * that paint came after the condition held; otherwise, to the time from the click to the frame
 * that showed the change. A click answered under 16 ms counts as 16 ms.
 */
function armProbe(page, condition, arg) {
  return page.evaluate(
    ({ source, arg }) => {
      const holds = new Function('arg', `return (${source})(arg);`);
      window.__probe = new Promise((resolve) => {
        addEventListener(
          'click',
          (event) => {
            const start = event.timeStamp;
            const timeout = setTimeout(() => finish(Number.NaN), 5000);
            const finish = (value) => {
              observer.disconnect();
              clearTimeout(timeout);
              resolve(value);
            };
            const entriesOfThisClick = () => {
              const ids = new Set(
                window.__eventTiming
                  .filter((e) => e.interactionId > 0 && Math.abs(e.startTime - start) <= 1)
                  .map((e) => e.interactionId),
              );
              return window.__eventTiming.filter((e) => ids.has(e.interactionId));
            };
            const latency = (heldAt, framedAt) => {
              const entries = entriesOfThisClick();
              // No entry: the browser measured under 16 ms (or never reported it).
              if (entries.length === 0) return heldAt - start < 16 ? 16 : framedAt - start;
              const timing = Math.max(...entries.map((e) => e.duration));
              // The reported paint must be the one that showed the change (8 ms of rounding).
              return start + timing + 8 >= heldAt ? timing : framedAt - start;
            };
            // Event Timing reports once the frame is presented, which can be several frames after
            // it was drawn: wait for the click's entry (a task after each frame), at most a second.
            const painted = (heldAt) =>
              requestAnimationFrame(() => {
                const framedAt = performance.now();
                const poll = () => {
                  if (entriesOfThisClick().length > 0 || performance.now() - framedAt > 1000)
                    finish(latency(heldAt, framedAt));
                  else requestAnimationFrame(() => setTimeout(poll, 0));
                };
                setTimeout(poll, 0);
              });
            const observer = new MutationObserver(() => {
              if (holds(arg)) {
                observer.disconnect();
                painted(performance.now());
              }
            });
            observer.observe(document.body, {
              subtree: true,
              childList: true,
              attributes: true,
              characterData: true,
            });
          },
          { capture: true, once: true },
        );
      });
    },
    { source: condition.toString(), arg },
  );
}

/** Settles between interactions: two frames, so leftover work from the last one is not counted. */
const settle = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * A country whose centre is on screen and hit-testable, chosen deterministically by `i`; with a
 * `margin`, the points that far around the centre are on it too (for a map that is moving).
 */
function pickCountry({ i, margin }) {
  const svg = document.querySelector('svg[role="group"]');
  const frame = svg.getBoundingClientRect();
  const hits = [];
  for (const el of svg.querySelectorAll('path[data-id][role="button"]')) {
    if (el.getAttribute('aria-current') === 'true') continue;
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (
      r.width < 10 ||
      r.height < 10 ||
      x < frame.left ||
      x > frame.right ||
      y < frame.top ||
      y > frame.bottom
    )
      continue;
    const around = margin ? [-margin, 0, margin] : [0];
    if (around.every((dx) => around.every((dy) => document.elementFromPoint(x + dx, y + dy) === el)))
      hits.push({ id: el.dataset.id, x, y });
  }
  hits.sort((a, b) => (a.id < b.id ? -1 : 1));
  if (!margin) return hits[(i * 7) % hits.length];
  // On a moving map, one of the twelve nearest the open country: the framing glides towards it, so
  // they move least before the press.
  const open = svg.querySelector('[data-id][role="button"][aria-current="true"]')?.getBoundingClientRect();
  if (!open) return hits[(i * 7) % hits.length];
  const [ox, oy] = [open.left + open.width / 2, open.top + open.height / 2];
  const near = hits
    .sort((a, b) => Math.hypot(a.x - ox, a.y - oy) - Math.hypot(b.x - ox, b.y - oy))
    .slice(0, 12);
  return near[(i * 7) % near.length];
}

/** The panel shows a new country, and its shape on the map is marked (`id` null: whichever was hit). */
function panelShows({ id, before }) {
  const aside = document.querySelector('aside[aria-labelledby]');
  const heading = aside && document.getElementById(aside.getAttribute('aria-labelledby'));
  const shape = document.querySelector(
    id ? `[data-id="${id}"][role="button"]` : '[data-id][role="button"][aria-current="true"]',
  );
  return Boolean(
    heading?.textContent && heading.textContent !== before && shape?.getAttribute('aria-current'),
  );
}

function dimmedChanged({ before }) {
  return document.querySelectorAll('[data-id][data-dimmed="true"]').length !== before;
}

const dimmedCount = (page) =>
  page.evaluate(() => document.querySelectorAll('[data-id][data-dimmed="true"]').length);

/**
 * Times `count` clicks, each at the point `next(i)` gives, until its `condition(arg)` holds and is
 * painted; latencies in ms. The pointer rests on the target for two frames first (hover settled),
 * unless `hover` is false (the map moves meanwhile: the click follows the pick at once).
 */
async function timeClicks(page, count, next, { hover = true } = {}) {
  await recordEventTiming(page);
  const times = [];
  for (let i = 0; i < count; i++) {
    const { x, y, condition, arg } = await next(i);
    if (hover) {
      await page.mouse.move(x, y);
      await settle(page);
    }
    await armProbe(page, condition, arg);
    await page.mouse.click(x, y);
    times.push(await page.evaluate(() => window.__probe));
    await settle(page);
  }
  return times;
}

const headingText = (page) =>
  page.evaluate(() => document.querySelector('aside h2, aside h1')?.textContent ?? '');

/**
 * Click on a country -> its panel painted, `count` times; latencies in ms. `moving`: the map still
 * glides to the last country when the next is clicked (motion on), so the target is a point well
 * inside a country and the panel may show whichever country is under it by the time of the press.
 */
export function measureClicks(page, count, { moving = false } = {}) {
  return timeClicks(
    page,
    count,
    async (i) => {
      const before = await headingText(page);
      const target = await page.evaluate(pickCountry, { i, margin: moving ? 8 : 0 });
      return { ...target, condition: panelShows, arg: { id: moving ? null : target.id, before } };
    },
    { hover: !moving },
  );
}

function floorButton(i) {
  const buttons = document.querySelectorAll('main button');
  const r = buttons[(i * 7) % buttons.length].getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

function headingChanged({ before }) {
  return document.querySelector('aside h2')?.textContent !== before;
}

/**
 * The same clicks on the floor page (tests/bench/floor/): each rewrites a heading and a quote in an
 * aside, nothing else. What a click that opens a panel costs on this machine, at least.
 */
export function measureFloorClicks(page, count) {
  return timeClicks(page, count, async (i) => ({
    ...(await page.evaluate(floorButton, i)),
    condition: headingChanged,
    arg: { before: await headingText(page) },
  }));
}

/** The legend's alliance toggle (a button with aria-pressed), or null while the app has no filter UI. */
async function findFilter(page) {
  const candidates = [
    page.locator('section[aria-labelledby="legend-title"], .legend').locator('button[aria-pressed]'),
    page.locator('button[aria-pressed]'),
  ];
  for (const group of candidates) {
    const match = group.filter({ hasText: /alliance|all(y|ies)/i });
    if ((await match.count()) > 0) return match.first();
  }
  return null;
}

/** Filter toggle -> map re-dimmed and painted, `count` times; null when there is no filter UI. */
export async function measureFilter(page, count) {
  const toggle = await findFilter(page);
  if (!toggle) return null;
  const box = await toggle.boundingBox();
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  return timeClicks(page, count, async () => ({
    ...point,
    condition: dimmedChanged,
    arg: { before: await dimmedCount(page) },
  }));
}

/**
 * Both interaction latencies on one freshly loaded app page, once it has started (the map paints
 * before the app's code runs; time to interactive is reported on its own), and the same clicks on
 * the floor page at `floorUrl`, in the same conditions. These with reduced motion: the map jumps
 * to each country. Then the clicks again with motion on, the default: each click lands while the
 * map still glides to the country before.
 */
export async function measureInteractions(browser, url, { throttle, count, floorUrl }) {
  const { context, page } = await openPage(browser, { throttle });
  await page.goto(url);
  await waitForMap(page, { interactive: true });
  const clicks = await measureClicks(page, count);
  await page.goto(url);
  await waitForMap(page, { interactive: true });
  const filter = await measureFilter(page, count);
  await page.goto(floorUrl);
  await waitForMap(page);
  const floor = await measureFloorClicks(page, count);
  await context.close();
  const moving = await openPage(browser, { throttle, reducedMotion: false });
  await moving.page.goto(url);
  await waitForMap(moving.page, { interactive: true });
  const clicksMoving = await measureClicks(moving.page, count, { moving: true });
  await moving.context.close();
  return { clicks, filter, floor, clicksMoving };
}
