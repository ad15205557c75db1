import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/chromium.ts';

/** Set E2E_PORT to run several checkouts' suites side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** End-to-end journeys in Debian's Chromium against the built app (`vite preview`). */
export default defineConfig({
  testDir: 'tests/e2e',
  // Waits end as soon as the state holds; the room is for a busy 2-core machine (npm run test:stress).
  // Heavy tests (axe, the 17-slide tour) are marked test.slow(): three times this.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'off',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 } } },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
