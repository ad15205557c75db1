import { openPage, waitForMap } from './measure-load.mjs';

/**
 * Scripted wheel zoom, one wheel event per frame (as Chromium delivers them, aligned to frames),
 * 60 frames one way and 60 back, around a point that circles the map centre so the view pans too.
 * Returns the requestAnimationFrame deltas (ms): the frame times the page actually achieved.
 */
function zoomFrames({ frames, outFirst }) {
  const svg = document.querySelector('svg[role="group"]');
  const box = svg.getBoundingClientRect();
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  const deltas = [];
  return new Promise((resolve) => {
    let i = 0;
    let last = 0;
    const step = (now) => {
      if (i > 0) deltas.push(now - last);
      last = now;
      if (i > frames) return resolve(deltas);
      const zoomIn = (Math.floor(i / 60) % 2 === 0) !== outFirst;
      const angle = i / 30;
      svg.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: zoomIn ? -25 : 25,
          clientX: cx + 0.1 * box.width * Math.cos(angle),
          clientY: cy + 0.1 * box.height * Math.sin(angle),
          bubbles: true,
          cancelable: true,
          view: window,
        }),
      );
      i++;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

/**
 * Frame times of a wheel zoom at one viewport, at world view (`query` '') or zoomed into a country
 * (`query` '?country=GEO', which frames Georgia: the South Caucasus). Zoomed in, it zooms out first.
 */
export async function measureFrames(browser, baseUrl, { throttle, viewport, query, frames }) {
  const { context, page } = await openPage(browser, { throttle, viewport });
  await page.goto(baseUrl + query);
  await waitForMap(page, { interactive: true });
  await page.waitForTimeout(300);
  const deltas = await page.evaluate(zoomFrames, { frames, outFirst: query !== '' });
  await context.close();
  return deltas;
}
