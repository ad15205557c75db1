import { test as base, expect } from '@playwright/test';
import { watchProblems } from './fixtures.ts';

/** The watcher every journey relies on must itself be able to fail. */
base(
  'the CSP listener reports a blocked inline script, and so is a fetch to another origin that the policy blocks',
  async ({ page, baseURL }) => {
    const problems: string[] = [];
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    await watchProblems(page, origin, problems);
    await page.route('**/csp-probe.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">
<title>probe</title><script>window.ran = 1</script>`,
      }),
    );
    await page.goto('/csp-probe.html');
    await expect
      .poll(() => problems.filter((p) => p.startsWith('CSP violation: script-src')))
      .toHaveLength(1);
    expect(await page.evaluate(() => (window as { ran?: number }).ran)).toBeUndefined();
    await page.evaluate(() => fetch('http://outside.invalid/x').catch(() => undefined));
    await expect
      .poll(() => problems.some((p) => p.includes('connect-src blocked http://outside.invalid')))
      .toBe(true);
  },
);
