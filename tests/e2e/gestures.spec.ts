import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Every gesture moves the map exactly with the hand, through Chromium's own input (CDP): a drag
 * 1:1, a pinch around the fingers' midpoint, a wheel around the pointer. What is measured is what
 * is painted: the layer's screen matrix, which includes the gesture's CSS transform, the viewBox
 * and the committed transform. Reduced motion makes every programmatic move a jump.
 */

type Pt = { x: number; y: number };

/** The map point (layer units) painted under a screen point, and how many screen px a map unit takes. */
const mapAt = (page: Page, p: Pt, layer = '.map__layer') =>
  page.evaluate(
    ({ p, layer }) => {
      const g = document.querySelector<SVGGraphicsElement>(layer);
      const m = g?.getScreenCTM();
      if (!m) throw new Error(`no ${layer}`);
      const q = new DOMPoint(p.x, p.y).matrixTransform(m.inverse());
      return { x: q.x, y: q.y, scale: m.a };
    },
    { p, layer },
  );

/** Where a map point is painted on screen now. */
const screenOf = (page: Page, p: Pt, layer = '.map__layer') =>
  page.evaluate(
    ({ p, layer }) => {
      const m = document.querySelector<SVGGraphicsElement>(layer)?.getScreenCTM();
      if (!m) throw new Error(`no ${layer}`);
      const q = new DOMPoint(p.x, p.y).matrixTransform(m);
      return { x: q.x, y: q.y, scale: m.a };
    },
    { p, layer },
  );

const cssTransform = (page: Page) =>
  page.locator('.map__svg').evaluate((svg) => (svg as SVGElement).style.transform);
const layerTransform = (page: Page) => page.locator('.map__layer').getAttribute('transform');

/** Waits until the map rests: drawn sharp (no gesture CSS transform), and its layer transform steady. */
async function atRest(page: Page) {
  await expect.poll(() => cssTransform(page)).toBe('');
}

async function open(page: Page, url: string) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url);
  if (url.includes('country=')) await expect.poll(() => layerTransform(page)).toMatch(/scale\((?!1\))/);
  await atRest(page);
}

/** A point on open sea, 10 px clear of any country or control. */
const seaPoint = (page: Page) =>
  page.evaluate(() => {
    const m = document.querySelector('.map')?.getBoundingClientRect();
    if (!m) throw new Error('no map');
    const sea = (x: number, y: number) => document.elementFromPoint(x, y)?.classList.contains('map__sea');
    for (let y = m.top + 20; y < m.bottom - 20; y += 5)
      for (let x = m.left + 20; x < m.right - 20; x += 5)
        if ([-10, 0, 10].every((dx) => [-10, 0, 10].every((dy) => sea(x + dx, y + dy)))) return { x, y };
    throw new Error('no open sea');
  });

/** The centre of the map's box on screen. */
const mapCentre = async (page: Page): Promise<Pt> => {
  const b = await page.locator('.map').boundingBox();
  if (!b) throw new Error('no map');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

const near = (actual: Pt, expected: Pt, what: string, tolerance = 1) => {
  expect(Math.abs(actual.x - expected.x), `${what}: x ${actual.x} vs ${expected.x}`).toBeLessThanOrEqual(
    tolerance,
  );
  expect(Math.abs(actual.y - expected.y), `${what}: y ${actual.y} vs ${expected.y}`).toBeLessThanOrEqual(
    tolerance,
  );
};

const mouse = (cdp: CDPSession, type: string, p: Pt, extra: Record<string, unknown> = {}) =>
  cdp.send('Input.dispatchMouseEvent', {
    type,
    x: p.x,
    y: p.y,
    button: type === 'mouseMoved' && !extra.buttons ? 'none' : 'left',
    clickCount: 1,
    ...extra,
  } as never);

/** Drags from `from` by (dx, dy) in `steps` moves, checking after every move that the grabbed point follows. */
async function drag(page: Page, cdp: CDPSession, from: Pt, dx: number, dy: number, steps: number) {
  const grabbed = await mapAt(page, from);
  await mouse(cdp, 'mousePressed', from, { buttons: 1 });
  for (let i = 1; i <= steps; i++) {
    const to = { x: from.x + (dx * i) / steps, y: from.y + (dy * i) / steps };
    await mouse(cdp, 'mouseMoved', to, { buttons: 1 });
    near(await screenOf(page, grabbed), to, `grabbed point after move ${i} of ${steps}`);
    // The overlay (veil, arcs, outline) moves with the map.
    near(await screenOf(page, grabbed, '.map__overlay-layer'), to, `overlay after move ${i}`);
  }
  const end = { x: from.x + dx, y: from.y + dy };
  await mouse(cdp, 'mouseReleased', end);
  return { grabbed, end };
}

test.describe('desktop, 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const steps of [1, 5, 20]) {
    test(`a 200 px drag in ${steps} step(s) moves the grabbed country 200 px, during the drag and after`, async ({
      page,
    }) => {
      await open(page, '/?country=DEU');
      // Framed, Germany is past 3x: its 1:50m outline replaces the 1:110m one once loaded. Measure
      // one outline before and after, not one of each.
      await expect
        .poll(() =>
          page.locator('[data-id="DEU"][role="button"]').evaluate((e) => e.getAttribute('d')?.length ?? 0),
        )
        .toBeGreaterThan(1500);
      // The shape's geometry (getBoundingClientRect), not its painted quad: hover thickens the stroke.
      const box = () =>
        page.locator('[data-id="DEU"][role="button"]').evaluate((e) => {
          const r = e.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        });
      const before = await box();
      const cdp = await page.context().newCDPSession(page);
      const from = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
      const { grabbed, end } = await drag(page, cdp, from, 200, 0, steps);
      await atRest(page);
      near(await screenOf(page, grabbed), end, 'grabbed point once drawn');
      const after = await box();
      expect(Math.abs(after.x - before.x - 200)).toBeLessThanOrEqual(1);
      expect(Math.abs(after.y - before.y)).toBeLessThanOrEqual(1);
      // The next drag starts from where this one left the map (no jump back).
      const again = await drag(page, cdp, end, -80, 60, 4);
      await atRest(page);
      near(await screenOf(page, again.grabbed), again.end, 'grabbed point after a second drag');
    });
  }

  test('a wheel zooms around the pointer; ctrl+wheel (trackpad pinch) too, ten times faster', async ({
    page,
  }) => {
    await open(page, '/');
    const cdp = await page.context().newCDPSession(page);
    const centre = await mapCentre(page);
    const pointer = { x: centre.x - 150, y: centre.y + 40 };
    const under = await mapAt(page, pointer);
    await mouse(cdp, 'mouseMoved', pointer);
    // d3-zoom: k × 2^(−deltaY × 0.002) for a pixel wheel, × 10 with ctrl.
    await mouse(cdp, 'mouseWheel', pointer, { deltaX: 0, deltaY: -250, button: 'none' });
    const mid = await screenOf(page, under);
    near(mid, pointer, 'point under the pointer during the wheel');
    await atRest(page);
    const after = await screenOf(page, under);
    near(after, pointer, 'point under the pointer after the wheel');
    expect(after.scale / under.scale).toBeCloseTo(2 ** 0.5, 3);

    await mouse(cdp, 'mouseWheel', pointer, { deltaX: 0, deltaY: -20, button: 'none', modifiers: 2 });
    await atRest(page);
    const pinched = await screenOf(page, under);
    near(pinched, pointer, 'point under the pointer after ctrl+wheel');
    expect(pinched.scale / after.scale).toBeCloseTo(2 ** 0.4, 3);
  });

  test('a double-click does not zoom (a click selects a country; framing is the zoom)', async ({ page }) => {
    await open(page, '/');
    const sea = await seaPoint(page);
    const before = await layerTransform(page);
    await page.mouse.dblclick(sea.x, sea.y);
    await atRest(page);
    expect(await layerTransform(page)).toBe(before);
  });

  test('a click that slips 2 px on the way (a trackpad, an old mouse) still opens the country', async ({
    page,
  }) => {
    await open(page, '/');
    const kazakhstan = await page.locator('[data-id="KAZ"][role="button"]').boundingBox();
    if (!kazakhstan) throw new Error('no Kazakhstan');
    const at = { x: kazakhstan.x + kazakhstan.width / 2, y: kazakhstan.y + kazakhstan.height / 2 };
    const cdp = await page.context().newCDPSession(page);
    await mouse(cdp, 'mousePressed', at, { buttons: 1 });
    await mouse(cdp, 'mouseMoved', { x: at.x + 2, y: at.y }, { buttons: 1 });
    await mouse(cdp, 'mouseReleased', { x: at.x + 2, y: at.y });
    await expect(page.getByRole('complementary')).toHaveAccessibleName('Kazakhstan');
  });

  test('the zoom buttons, from the keyboard, zoom 1.6× around the centre and back', async ({ page }) => {
    await open(page, '/');
    const centre = await mapCentre(page);
    const under = await mapAt(page, centre);
    await page.getByRole('button', { name: 'Zoom in' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await screenOf(page, under)).scale / under.scale).toBeCloseTo(1.6, 4);
    near(await screenOf(page, under), centre, 'centre after zoom in');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await screenOf(page, under)).scale / under.scale).toBeCloseTo(2.56, 4);
    await page.getByRole('button', { name: 'Zoom out' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await screenOf(page, under)).scale / under.scale).toBeCloseTo(1.6, 4);
    near(await screenOf(page, under), centre, 'centre after zoom out');
    await atRest(page);
  });

  test('a drag that stops a glide grabs the map where the glide left it', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.clock.install();
    await page.goto('/');
    const centre = await mapCentre(page);
    const kazakhstan = await page.locator('[data-id="KAZ"][role="button"]').boundingBox();
    if (!kazakhstan) throw new Error('no Kazakhstan');
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.mouse.click(kazakhstan.x + kazakhstan.width / 2, kazakhstan.y + kazakhstan.height / 2);
    await expect(page.getByRole('complementary')).toHaveAccessibleName('Kazakhstan');
    // Far enough into the 450 ms glide that the map has room to move before an edge holds it.
    await page.clock.runFor(320);
    expect(await cssTransform(page)).not.toBe('');
    const cdp = await page.context().newCDPSession(page);
    const from = { x: centre.x + 20, y: centre.y - 30 };
    const { grabbed, end } = await drag(page, cdp, from, -60, -40, 5);
    await page.clock.runFor(1000);
    expect(await cssTransform(page)).toBe('');
    near(await screenOf(page, grabbed), end, 'grabbed point once drawn');
  });
});

const touch = (cdp: CDPSession, type: string, points: Pt[]) =>
  cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
  } as never);

test.describe('touch', () => {
  test.use({ viewport: { width: 1280, height: 800 }, hasTouch: true });

  for (const steps of [1, 5, 20]) {
    test(`a two-finger pinch spreading 6× in ${steps} step(s) zooms 6× around the fingers' midpoint`, async ({
      page,
    }) => {
      await open(page, '/');
      const cdp = await page.context().newCDPSession(page);
      const mid = await mapCentre(page);
      mid.x -= 60;
      const under = await mapAt(page, mid);
      const fingers = (d: number) => [
        { x: mid.x - d, y: mid.y },
        { x: mid.x + d, y: mid.y },
      ];
      await touch(cdp, 'touchStart', fingers(20));
      for (let i = 1; i <= steps; i++) {
        const d = 20 + (100 * i) / steps;
        await touch(cdp, 'touchMove', fingers(d));
        const now = await screenOf(page, under);
        near(now, mid, `midpoint after move ${i} of ${steps}`);
        expect(now.scale / under.scale).toBeCloseTo(d / 20, 3);
      }
      await touch(cdp, 'touchEnd', []);
      await atRest(page);
      const after = await screenOf(page, under);
      near(after, mid, 'midpoint once drawn');
      expect(after.scale / under.scale).toBeCloseTo(6, 3);
    });
  }

  test("Chromium's own pinch (synthesizePinchGesture) zooms around its anchor", async ({ page }) => {
    await open(page, '/');
    const cdp = await page.context().newCDPSession(page);
    const anchor = await mapCentre(page);
    anchor.y += 30;
    const under = await mapAt(page, anchor);
    // Chromium moves its fingers past the touch slop: the map follows the fingers, so the expected
    // zoom is their own distance ratio, read from the touches the page received.
    await page.evaluate(() => {
      const spread = (e: TouchEvent) => {
        const [a, b] = [...e.touches];
        return a && b ? Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) : undefined;
      };
      const w = window as unknown as { __spread: number[] };
      w.__spread = [];
      for (const type of ['touchstart', 'touchmove'])
        addEventListener(type, (e) => w.__spread.push(spread(e as TouchEvent) ?? Number.NaN), true);
    });
    await cdp.send('Input.synthesizePinchGesture', {
      x: anchor.x,
      y: anchor.y,
      scaleFactor: 4,
      gestureSourceType: 'touch',
    });
    await atRest(page);
    const after = await screenOf(page, under);
    near(after, anchor, 'anchor once drawn', 1);
    const spread = (await page.evaluate(() => (window as unknown as { __spread: number[] }).__spread)).filter(
      (d) => !Number.isNaN(d),
    );
    const fingers = (spread.at(-1) ?? 0) / (spread[0] ?? 1);
    expect(fingers).toBeGreaterThan(3.5);
    expect(after.scale / under.scale).toBeCloseTo(fingers, 2);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a one-finger drag pans the map 1:1, and the browser leaves the map its gestures', async ({
    page,
  }) => {
    await open(page, '/?country=KAZ');
    const cdp = await page.context().newCDPSession(page);
    const from = await mapCentre(page);
    // Under the finger, and every element up to the map: the browser may pan or zoom the page only
    // where all of them allow it.
    const touchActions = await page.evaluate(({ x, y }) => {
      const out: string[] = [];
      for (
        let e = document.elementFromPoint(x, y);
        e && !e.classList.contains('app__map');
        e = e.parentElement
      )
        out.push(getComputedStyle(e).touchAction);
      return out;
    }, from);
    expect(touchActions).toContain('none');
    const grabbed = await mapAt(page, from);
    await touch(cdp, 'touchStart', [from]);
    // Steps beyond the browser's touch slop, which holds back a first move of a few px.
    for (let i = 1; i <= 4; i++) {
      const to = { x: from.x - 25 * i, y: from.y + 10 * i };
      await touch(cdp, 'touchMove', [to]);
      near(await screenOf(page, grabbed), to, `grabbed point after move ${i}`);
    }
    await touch(cdp, 'touchEnd', []);
    await atRest(page);
    near(await screenOf(page, grabbed), { x: from.x - 100, y: from.y + 40 }, 'grabbed point once drawn');
    // The page did not scroll instead.
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });
});
