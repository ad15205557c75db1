import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * `npm run screenshots`: writes docs/screenshots/ from the built app. Its own test directory, so
 * `npm test` (playwright.config.ts, tests/e2e) never rewrites a picture.
 */
export default defineConfig(base, {
  testDir: 'tests/screenshots',
  workers: 1,
});
