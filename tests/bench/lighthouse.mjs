import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The metrics the performance score is made of, by their usual short names. */
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  SI: 'speed-index',
  CLS: 'cumulative-layout-shift',
};

/**
 * Lighthouse 12.2.3 scores (0-100) for `url`, desktop and mobile (mobile: Lighthouse's own simulated
 * slow 4G and 4x CPU). Never throws: a form factor that cannot run returns { error } saying why.
 */
export async function runLighthouse(url, { chromePath, flags, port }) {
  let chrome;
  try {
    chrome = await launch({
      chromePath,
      chromeFlags: [...flags, '--headless=new'],
      port,
      logLevel: 'silent',
    });
  } catch (error) {
    const why = `Chromium did not start for Lighthouse: ${error.message.split('\n')[0]}`;
    return { desktop: { error: why }, mobile: { error: why } };
  }
  const results = {};
  try {
    for (const [name, config] of [
      ['desktop', desktopConfig],
      ['mobile', undefined],
    ]) {
      results[name] = await audit(url, chrome.port, config);
    }
  } finally {
    chrome.kill();
  }
  return results;
}

async function audit(url, port, config) {
  try {
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      config,
    );
    const lhr = result?.lhr;
    if (!lhr) return { error: 'Lighthouse returned no report' };
    if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [
        c,
        lhr.categories[c]?.score == null ? Number.NaN : lhr.categories[c].score * 100,
      ]),
    );
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map((a) => a.id);
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([short, id]) => [short, lhr.audits[id]?.displayValue ?? 'n/a']),
    );
    return { scores, failing, metrics, lcp: metrics.LCP };
  } catch (error) {
    return { error: error.message.split('\n')[0] };
  }
}
