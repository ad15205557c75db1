import { CATEGORIES } from './lighthouse.mjs';
import { median, percentile } from './stats.mjs';

const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
const kb = (v) => (Number.isFinite(v) ? `${(v / 1024).toFixed(1)} KB` : 'n/a');
const mb = (v) => (Number.isFinite(v) ? `${(v / 1024 / 1024).toFixed(1)} MB` : 'n/a');
const pick = (runs, f) => median(runs.map(f));

/** p95 of each run's frame deltas and its count of frames over 20 ms, as "p95 / over (of n)". */
function frameCell(runs, key) {
  if (!runs.length) return 'n/a';
  if (!runs[0].frames[key]) return 'skipped (--quick)';
  const p95 = pick(runs, (r) => percentile(r.frames[key], 95));
  const over = pick(runs, (r) => r.frames[key].filter((d) => d > 20).length);
  const n = runs[0].frames[key].length;
  return `${p95.toFixed(1)} ms / ${over} of ${n} > 20 ms`;
}

function latencyCell(runs, key) {
  if (runs.some((r) => r[key] === null)) return 'n/a (no filter UI)';
  const failed = runs.reduce((sum, r) => sum + r[key].filter((t) => !Number.isFinite(t)).length, 0);
  const p95 = pick(runs, (r) => percentile(r[key], 95));
  return `${ms(p95)} (n=${runs[0][key].length}${failed ? `, ${failed} timed out` : ''})`;
}

/**
 * The one table, markdown: rows of medians over the runs, columns without throttling and at 4x CPU,
 * then the issue's budget. `results` is { 1: runs[], 4: runs[] }, each run { app, baseline, ... }.
 */
export function formatTable({ results, lighthouse, frameKeys }) {
  const [one, four] = [results[1] ?? [], results[4] ?? []];
  const row = (name, f, budget = '') => `| ${name} | ${f(one)} | ${f(four)} | ${budget} |`;
  const both = (name, f, budget = '') => `| ${name} | ${f(one)} | (same) | ${budget} |`;
  const lines = [
    '| Metric (median of runs) | no throttling | 4x CPU | budget |',
    '| --- | --- | --- | --- |',
    row('Time to map, app', (r) => ms(pick(r, (x) => x.app.timeToMap))),
    row('Time to map, baseline (bare d3-geo page)', (r) => ms(pick(r, (x) => x.baseline.timeToMap))),
    row(
      'Ratio app / baseline',
      (r) => pick(r, (x) => x.app.timeToMap / x.baseline.timeToMap).toFixed(2),
      '<= 0.6 at 4x (1.0 minimum)',
    ),
    row('Time to interactive, app (hydrated: `app-interactive` mark)', (r) =>
      ms(pick(r, (x) => x.app.timeToInteractive)),
    ),
  ];
  for (const k of ['js', 'css', 'data', 'html', 'other', 'total']) {
    const budget = { js: '<= 110 KB', total: '<= 170 KB' }[k] ?? '';
    lines.push(
      both(
        `First-view bytes (gzip), ${k}: app / baseline`,
        (r) => `${kb(pick(r, (x) => x.app.bytes[k]))} / ${kb(pick(r, (x) => x.baseline.bytes[k]))}`,
        budget,
      ),
    );
  }
  lines.push(
    both('First-view requests: app / baseline', (r) =>
      r.length
        ? `${pick(r, (x) => x.app.bytes.requests)} / ${pick(r, (x) => x.baseline.bytes.requests)}`
        : 'n/a',
    ),
    row(
      'JS heap after load (after GC): app / baseline',
      (r) => `${mb(pick(r, (x) => x.app.heap))} / ${mb(pick(r, (x) => x.baseline.heap))}`,
    ),
    row(
      'Click -> panel painted, p95 (Event Timing: input to next paint; reduced motion: the map jumps)',
      (r) => latencyCell(r, 'clicks'),
      '<= 50 ms at 4x',
    ),
    row(
      'Click -> panel painted with motion on, p95 (same; each click while the map still glides to the last one)',
      (r) => latencyCell(r, 'clicksMoving'),
      '<= 50 ms at 4x',
    ),
    row('Filter toggle -> map painted, p95 (same)', (r) => latencyCell(r, 'filter'), '<= 50 ms at 4x'),
    row('Floor: click -> heading and quote painted on a bare page, p95 (same)', (r) =>
      latencyCell(r, 'floor'),
    ),
    row('Ratio click / floor, filter / floor (p95s of each run)', (r) =>
      ['clicks', 'filter']
        .map((k) => pick(r, (x) => percentile(x[k] ?? [], 95) / percentile(x.floor, 95)).toFixed(2))
        .join(' / '),
    ),
  );
  for (const key of frameKeys) {
    lines.push(
      row(`Wheel zoom ${key}: frame p95 / frames > 20 ms`, (r) => frameCell(r, key), '<= 16.7 ms / 0'),
    );
  }
  for (const form of ['desktop', 'mobile']) {
    const result = lighthouse?.[form];
    const cell = !lighthouse
      ? 'not run (--quick)'
      : result.error
        ? `could not run: ${result.error}`
        : CATEGORIES.map((c) => `${c} ${Math.round(result.scores[c])}`).join(', ');
    lines.push(`| Lighthouse ${form} | ${cell} | ${form === 'mobile' ? '(its own 4x)' : ''} | 100 each |`);
  }
  return lines.join('\n');
}
