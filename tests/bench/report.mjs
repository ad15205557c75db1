import { median, percentile } from './stats.mjs';

const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
const kb = (v) => (Number.isFinite(v) ? `${(v / 1024).toFixed(1)} KB` : 'n/a');
const mb = (v) => (Number.isFinite(v) ? `${(v / 1024 / 1024).toFixed(1)} MB` : 'n/a');
const x = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : 'n/a');
const pick = (runs, f) => median(runs.map(f));
/** Median over runs of a per-run ratio, so the machine's speed in that run cancels out. */
const ratio = (runs, f, g) => pick(runs, (r) => f(r) / g(r));
const baselineMap = (r) => r.baseline.timeToMap;

/**
 * A budget's verdict on a measured value: 'pass', 'fail', or for a budget with a target and a
 * floor (`{ target, floor }`, lower is better), 'floor only' between the two; 'n/a' without a value.
 */
export function verdict(value, { max, target, floor }) {
  if (!Number.isFinite(value)) return 'n/a';
  if (max !== undefined) return value <= max ? 'pass' : 'fail';
  if (value <= target) return 'pass';
  return value <= floor ? 'floor only' : 'fail';
}

/** Every verdict of a group must pass (e.g. "≤ 1.0× and sooner than the peer"). */
const all = (...verdicts) =>
  verdicts.includes('n/a') ? 'n/a' : verdicts.every((v) => v === 'pass') ? 'pass' : 'fail';

/** p95 of each run's frame deltas and its count of frames over 20 ms. */
function frames(runs, key) {
  if (!runs.length || !runs[0].frames?.[key]) return null;
  return {
    p95: pick(runs, (r) => percentile(r.frames[key], 95)),
    over: pick(runs, (r) => r.frames[key].filter((d) => d > 20).length),
    n: runs[0].frames[key].length,
  };
}
const frameCell = (f) => (f ? `${f.p95.toFixed(1)} ms / ${f.over} of ${f.n} > 20 ms` : 'skipped');

const latency = (runs, key) =>
  runs.length && runs.every((r) => Array.isArray(r[key]))
    ? pick(runs, (r) => percentile(r[key], 95))
    : Number.NaN;
function latencyCell(runs, key) {
  if (!runs.length || runs.some((r) => r[key] === undefined)) return 'skipped';
  if (runs.some((r) => r[key] === null)) return 'n/a (no filter UI)';
  const failed = runs.reduce((sum, r) => sum + r[key].filter((t) => !Number.isFinite(t)).length, 0);
  return `${ms(latency(runs, key))} (n=${runs[0][key].length}${failed ? `, ${failed} timed out` : ''})`;
}
const clickFloorRatio = (runs, key) =>
  runs.length && runs.every((r) => Array.isArray(r[key]) && Array.isArray(r.floor))
    ? ratio(
        runs,
        (r) => percentile(r[key], 95),
        (r) => percentile(r.floor, 95),
      )
    : Number.NaN;

/** "app / peer" of a per-page measure, each the median of its ratios to the run's bare time to map. */
const pagesCell = (runs, key) =>
  runs.length && runs.every((r) => r[key])
    ? ['app', 'peer']
        .map((p) => `${ms(pick(runs, (r) => r[key][p]))} (${x(ratio(runs, (r) => r[key][p], baselineMap))})`)
        .join(' / ')
    : 'skipped';

/**
 * The one table, markdown: rows of medians over the runs, columns without throttling and at 4x CPU,
 * the issue's budget and its verdict (on the 4x column for times). `results` is { 1: runs[], 4: runs[] },
 * each run { app, baseline, peer, answer?, deepLink?, clicks?, ... }.
 */
export function formatTable({ results, lighthouse, frameKeys }) {
  const [one, four] = [results[1] ?? [], results[4] ?? []];
  const lines = [
    '| Metric (median of runs) | no throttling | 4x CPU | budget | verdict |',
    '| --- | --- | --- | --- | --- |',
  ];
  const row = (name, f, budget = '', result = '') =>
    lines.push(`| ${name} | ${f(one)} | ${f(four)} | ${budget} | ${result} |`);
  const both = (name, f, budget = '', result = '') =>
    lines.push(`| ${name} | ${f(one)} | (same) | ${budget} | ${result} |`);

  row('Time to map, app / peer / baseline (bare d3-geo page)', (r) =>
    ['app', 'peer', 'baseline'].map((p) => ms(pick(r, (y) => y[p]?.timeToMap))).join(' / '),
  );
  const mapRatio = (r) => ratio(r, (y) => y.app.timeToMap, baselineMap);
  row(
    'Time to map, ratio app / baseline (peer / baseline)',
    (r) => `${x(mapRatio(r))} (${x(ratio(r, (y) => y.peer?.timeToMap, baselineMap))})`,
    '≤ 0.6× at 4x (1.0× floor)',
    verdict(mapRatio(four), { target: 0.6, floor: 1 }),
  );
  row('Time to interactive, app (hydrated: `app-interactive` mark)', (r) =>
    ms(pick(r, (y) => y.app.timeToInteractive)),
  );
  const answer = (r, p) => ratio(r, (y) => y.answer?.[p], baselineMap);
  row(
    'Time to answer: click on Russia as the map shows -> its quotes painted, app / peer (ratio to baseline time to map)',
    (r) => pagesCell(r, 'answer'),
    '≤ 1.0× at 4x, and sooner than the peer',
    all(
      verdict(answer(four, 'app'), { max: 1 }),
      verdict(answer(four, 'app'), { max: answer(four, 'peer') }),
    ),
  );
  row(
    'Deep-link panel: cold `?country=RUS` -> its quotes painted, app / peer (same)',
    (r) => pagesCell(r, 'deepLink'),
    '≤ 1.2× at 4x',
    verdict(
      ratio(four, (y) => y.deepLink?.app, baselineMap),
      { max: 1.2 },
    ),
  );
  for (const k of ['js', 'css', 'data', 'html', 'other', 'total']) {
    const max = { js: 110, total: 170 }[k];
    both(
      `First-view bytes (gzip), ${k}: app / baseline`,
      (r) => `${kb(pick(r, (y) => y.app.bytes[k]))} / ${kb(pick(r, (y) => y.baseline.bytes[k]))}`,
      max ? `≤ ${max} KB` : '',
      max ? verdict(pick(one, (y) => y.app.bytes[k]) / 1024, { max }) : '',
    );
  }
  for (const k of ['js', 'total']) {
    const max = { js: 110, total: 170 }[k];
    both(
      `First-view bytes (gzip), ${k}, per language: en / ru / kk`,
      (r) => ['app', 'appRu', 'appKk'].map((p) => kb(pick(r, (y) => y[p]?.bytes[k]))).join(' / '),
      `≤ ${max} KB each`,
      verdict(
        Math.max(...['app', 'appRu', 'appKk'].map((p) => pick(one, (y) => y[p]?.bytes[k] ?? Number.NaN))) /
          1024,
        {
          max,
        },
      ),
    );
  }
  both(
    'Bytes by network idle (gzip; with what the app fetches once started), per language: en / ru / kk',
    (r) => ['app', 'appRu', 'appKk'].map((p) => kb(pick(r, (y) => y[p]?.bytes.atIdle))).join(' / '),
  );
  both('First-view requests: app / baseline', (r) =>
    r.length
      ? `${pick(r, (y) => y.app.bytes.requests)} / ${pick(r, (y) => y.baseline.bytes.requests)}`
      : 'n/a',
  );
  row(
    'JS heap after load (after GC): app / baseline',
    (r) => `${mb(pick(r, (y) => y.app.heap))} / ${mb(pick(r, (y) => y.baseline.heap))}`,
  );
  const latencyRows = [
    [
      'clicks',
      'Click -> panel painted, p95 (Event Timing: input to next paint; reduced motion: the map jumps)',
    ],
    [
      'clicksMoving',
      'Click -> panel painted with motion on, p95 (same; each click while the map still glides to the last one)',
    ],
    ['filter', 'Filter toggle -> map painted, p95 (same)'],
  ];
  for (const [key, name] of latencyRows)
    row(name, (r) => latencyCell(r, key), '≤ 50 ms at 4x', verdict(latency(four, key), { max: 50 }));
  row('Floor: click -> heading and quote painted on a bare page, p95 (same)', (r) => latencyCell(r, 'floor'));
  row(
    'Ratio click / floor, filter / floor (p95s of each run)',
    (r) => `${x(clickFloorRatio(r, 'clicks'))} / ${x(clickFloorRatio(r, 'filter'))}`,
    'click ≤ 1.5× at 4x',
    verdict(clickFloorRatio(four, 'clicks'), { max: 1.5 }),
  );
  for (const key of frameKeys) {
    const f = frames(four, key);
    row(
      `Wheel zoom ${key}: frame p95 / frames > 20 ms`,
      (r) => frameCell(frames(r, key)),
      '≤ 16.7 ms / 0 at 4x',
      f ? all(verdict(f.p95, { max: 16.7 }), verdict(f.over, { max: 0 })) : 'n/a',
    );
  }
  for (const form of ['desktop', 'mobile']) {
    const result = lighthouse?.[form];
    const scores = result?.scores ? Object.entries(result.scores) : [];
    const cell = !lighthouse
      ? 'not run'
      : result.error
        ? `could not run: ${result.error}`
        : scores.map(([c, s]) => `${c} ${Math.round(s)}`).join(', ');
    const pass = scores.length
      ? all(...scores.map(([, s]) => (Math.round(s) >= 100 ? 'pass' : 'fail')))
      : 'n/a';
    lines.push(
      `| Lighthouse ${form} | ${cell} | ${form === 'mobile' ? '(its own 4x)' : ''} | 100 each | ${pass} |`,
    );
  }
  return lines.join('\n');
}
