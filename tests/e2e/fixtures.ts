import { test as base, expect, type Page } from '@playwright/test';

/**
 * Watches a page for what must never happen and pushes each occurrence into `problems`: a request
 * to another origin, an uncaught error, a console error, or a Content-Security-Policy violation.
 * The CSP listener is registered before any page script runs, so it works whether or not the
 * built index.html carries a policy (without one there is simply nothing to report).
 */
export async function watchProblems(page: Page, origin: string, problems: string[]): Promise<void> {
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.exposeFunction('__reportCspViolation', (report: string) =>
    problems.push(`CSP violation: ${report}`),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation?: (r: string) => void })
        .__reportCspViolation;
      report?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile}`,
      );
    });
  });
}

/**
 * Resolves once the app has started: `<html data-app="ready">`, set after hydration
 * (src/app/use-app-ready.ts). The built page paints its prerendered map first and starts the app a
 * few frames later, so a test that typed into a field before then would race hydration.
 */
export async function appReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.getElementById('root') || document.documentElement.dataset.app === 'ready',
  );
}

/** `page.goto` and `page.reload` return once the app is ready to use, as a person would wait. */
export const appTest = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await appReady(page);
      return response;
    };
    page.reload = async (options) => {
      const response = await reload(options);
      await appReady(page);
      return response;
    };
    await use(page);
  },
});

/**
 * Every journey also asserts what must never happen: a request to another origin, an uncaught
 * error, a console error or a CSP violation.
 */
export const test = appTest.extend<{ problems: string[] }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      await watchProblems(page, new URL(baseURL ?? 'http://127.0.0.1').origin, problems);
      await use(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
