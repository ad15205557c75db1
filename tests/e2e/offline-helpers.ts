import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { appReady, expect, test } from './fixtures.ts';

/**
 * Helpers for "Download as one offline file" tests: the saved file is opened by file:// in a fresh
 * context where every request to http(s) is blocked and counted, with CSP violations, dialogs
 * (alert) and errors collected: all must stay empty.
 */
export const SINGLE = new URL('../../dist-single/kazakhstan-map.html', import.meta.url);
export const OFFLINE = 'Download as one offline file';

export const skipWithoutBuild = () =>
  test.skip(!existsSync(fileURLToPath(SINGLE)), 'run `npm run build` first (the site ships the single file)');

export const country = (page: Page, id: string) => page.locator(`[data-id="${id}"][role="button"]`);
export const relationsOf = (page: Page, ids: string[]) =>
  page.evaluate(
    (list) =>
      Object.fromEntries(
        list.map((id) => [
          id,
          document.querySelector(`[data-id="${id}"][role="button"]`)?.getAttribute('data-relation'),
        ]),
      ),
    ids,
  );

/** Clicks the button and saves the file it downloads; resolves to the saved file's URL. */
export async function downloadOffline(
  page: Page,
  info: TestInfo,
  expectedName: string,
  button = OFFLINE,
): Promise<URL> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(expectedName);
  const path = info.outputPath(`${info.retry}-${Date.now()}-${expectedName}`);
  await download.saveAs(path);
  return pathToFileURL(path);
}

export type Opened = {
  page: Page;
  /** Requests to http(s) (blocked), CSP violations, alerts, uncaught errors. */
  problems: string[];
  /** Which country was home, and how KAZ was coloured, when the map was first put on the page. */
  firstPaint: () => Promise<{ home: string | null; kaz: string | null }>;
};

/** Opens a saved file in a fresh context with the network blocked and everything watched. */
export async function openOffline(browser: Browser, file: URL, query = ''): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const problems: string[] = [];
  await context.route(/^https?:/, (route) => {
    problems.push(`request: ${route.request().url()}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) problems.push(`request seen: ${r.url()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await page.exposeFunction('__reportViolation', (v: string) => problems.push(`CSP: ${v}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __reportViolation: (v: string) => void; __firstPaint?: object };
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__reportViolation(`${e.effectiveDirective} ${e.blockedURI || '(inline)'}`),
    );
    // The first time countries are on the page: which dataset do they show?
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-id][role="button"]')) return;
      w.__firstPaint = {
        home:
          document.querySelector('[data-relation="home"][role="button"]')?.getAttribute('data-id') ?? null,
        kaz: document.querySelector('[data-id="KAZ"][role="button"]')?.getAttribute('data-relation') ?? null,
      };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${file.href}${query}`);
  await appReady(page);
  return {
    page,
    problems,
    firstPaint: () =>
      page.evaluate(
        () => (window as unknown as { __firstPaint: { home: string; kaz: string } }).__firstPaint,
      ),
  };
}
