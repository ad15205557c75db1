/** How soon a page answers: a click on a country as soon as the map shows, or a deep link, to its quotes. */
import { openPage, waitForMark } from './measure-load.mjs';

const ANSWERED = 'answer-shown';

/**
 * Injected before the page's own scripts: once a frame starts with an <aside> whose heading names
 * `name` and that holds a <blockquote>, that frame paints it; mark `answer-shown` at the start of the
 * next one, as every page marks `map-drawn` two frames after drawing. Polled once a frame, not
 * observed per mutation, so the probe costs the page nothing while it parses the map.
 */
const answerProbe = (name) => `(() => {
  const shows = () => {
    const aside = document.querySelector('aside');
    const heading = aside?.querySelector('h1, h2');
    return Boolean(heading?.textContent?.includes(${JSON.stringify(name)}) && aside.querySelector('blockquote'));
  };
  const poll = () => (shows() ? requestAnimationFrame(() => performance.mark(${JSON.stringify(ANSWERED)})) : requestAnimationFrame(poll));
  requestAnimationFrame(poll);
})()`;

/** A point inside the country's shape that a click hits (the nearest to its box's centre), or null. */
const pointOn = (selector) => `(() => {
  const el = document.querySelector(${JSON.stringify(selector)});
  if (!el) return null;
  const r = el.getBoundingClientRect();
  const points = [];
  for (let i = 1; i < 10; i++) for (let j = 1; j < 10; j++) points.push([r.left + (r.width * i) / 10, r.top + (r.height * j) / 10]);
  const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
  points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
  for (const [x, y] of points) {
    const hit = document.elementFromPoint(x, y);
    if (hit && el.contains(hit)) return { x, y };
  }
  return null;
})()`;

async function click(cdp, { x, y }) {
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
}

/**
 * Loads `url` cold and resolves to ms from navigation until the panel shows `country.name` with its
 * quotes. With `click`, the country (`country.selector`) is clicked as soon as the page has marked
 * `map-drawn` (a person who clicks the moment the map shows); without, the URL itself opens it
 * (a deep link). NaN when the panel does not show within 30 s.
 */
export async function measureAnswer(browser, url, { throttle, country, click: byClick }) {
  const { context, page, cdp } = await openPage(browser, { throttle });
  try {
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: answerProbe(country.name) });
    await page.goto(url, { waitUntil: 'commit' });
    if (byClick) {
      await waitForMark(cdp, 'map-drawn');
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: pointOn(country.selector),
        returnByValue: true,
      });
      if (!result.value) throw new Error(`${url}: ${country.selector} is not on screen to click`);
      await click(cdp, result.value);
    }
    return await Promise.race([
      waitForMark(cdp, ANSWERED),
      new Promise((resolve) => setTimeout(() => resolve(Number.NaN), 30_000)),
    ]);
  } finally {
    await context.close();
  }
}
