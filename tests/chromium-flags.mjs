/**
 * The command-line flags of every Chromium the tests and the benchmark start (Debian's, headless),
 * in one place: plain JavaScript, so the benchmark (Node 20, no TypeScript) and the browser tests
 * (tests/e2e/chromium.ts) share it.
 */

/**
 * Playwright's own `--disable-features` list (playwright-core 1.65.1, chromiumSwitches.ts). Chromium
 * keeps only the last `--disable-features` it is given, so ours must repeat Playwright's;
 * tests/e2e/chromium-flags.spec.ts fails when Playwright's list has something ours lacks.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium 156 gives every new window (each Playwright context) the address bar's pop-up as a web
 * page of its own, rendered in a separate process as the window opens: 500-700 ms of CPU while the
 * page under test loads, on a machine with two cores. It is the browser's own interface, part of
 * neither the app nor the baseline page, and it made load timings swing by a factor of two.
 */
const BROWSER_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/**
 * A closed network (without these Chromium keeps trying to reach outside hosts), no sandbox (CI
 * runs as root), no GPU, and none of the browser's own pages competing for the CPU.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_FEATURES].join(',')}`,
];
