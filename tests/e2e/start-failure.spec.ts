import { expect } from '@playwright/test';
import { appTest as test } from './fixtures.ts';

/**
 * The first view is prerendered; the app's data arrives as JSON files. If one does not arrive, the
 * map stays on screen and a message says what happened and what to do (no blank page, no silence).
 * (Not the problem-watching fixture: the failed request is itself a console error here.)
 */
test('when the dataset file fails to load, the map stays and an alert explains', async ({ page }) => {
  await page.route(/\/assets\/dataset-[^/]+\.json$/, (route) =>
    route.fulfill({ status: 503, body: 'unavailable' }),
  );
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // The frame's own goto: the fixture's page.goto would wait for an app that cannot start.
  await page.mainFrame().goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not start');
  await expect(alert).toContainText('HTTP 503');
  await expect(alert).toContainText('reload the page');
  await expect(page.locator('[data-id="CHN"][role="button"]')).toBeVisible();
  // The only console error is the failed request itself.
  expect(errors.every((e) => /503|Failed to load resource/.test(e))).toBe(true);
});
