#!/usr/bin/env node
/**
 * `npm run bench [-- --runs N] [-- --quick] [-- --loads-only] [-- --no-build]`: builds the app, the
 * baseline page and the React peer page, serves them (and the interaction floor page,
 * tests/bench/floor/) gzipped on loopback, drives Debian's Chromium and prints one table of
 * medians, without throttling and at 4x CPU, with each budget's verdict. Also writes it to
 * tests/bench/last-run.md. `--loads-only` measures the loads, the answer and the deep link, nothing
 * else (no clicks, frames or Lighthouse). Timings are reported, never asserted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../chromium-flags.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measureAnswer } from './measure-answer.mjs';
import { measureFrames } from './measure-frames.mjs';
import { measureInteractions } from './measure-interactions.mjs';
import { measureLoad } from './measure-load.mjs';
import { formatTable } from './report.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const loadsOnly = args.includes('--loads-only');
const runsArg = args.indexOf('--runs');
const runs = quick ? 1 : runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1])) : 5;
const port = Number(process.env.BENCH_PORT ?? 4300);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INTERACTIONS = 20;
const FRAMES = quick ? 200 : 240;
/** The country the answer rows open, as each page marks it up. */
const RUSSIA = {
  app: { name: 'Russia', selector: 'svg [data-id="RUS"][role="button"]' },
  peer: { name: 'Russia', selector: 'svg [data-id="RUS"]' },
};
const SCENES = [
  { key: 'world 1366x768', viewport: { width: 1366, height: 768 }, query: '' },
  { key: 'world 1920x1080', viewport: { width: 1920, height: 1080 }, query: '' },
  { key: 'S. Caucasus 1366x768', viewport: { width: 1366, height: 768 }, query: '?country=GEO' },
  { key: 'S. Caucasus 1920x1080', viewport: { width: 1920, height: 1080 }, query: '?country=GEO' },
];

const log = (message) => process.stderr.write(`[bench] ${message}\n`);

function build() {
  const vite = `${root}node_modules/.bin/vite`;
  if (!args.includes('--no-build') || !existsSync(`${root}dist/index.html`)) {
    log('vite build (app)');
    execFileSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  for (const page of ['baseline', 'peer']) {
    log(`vite build (${page} page)`);
    execFileSync(vite, ['build', '--logLevel', 'warn', '--config', `tests/bench/vite.${page}.config.ts`], {
      cwd: root,
      stdio: 'inherit',
    });
  }
}

/** Each page's place in a run turns with the run, so no page always goes first on a cooling machine. */
const turn = (list, run) => list.map((_, i) => list[(i + run) % list.length]);

async function oneRun(browser, base, throttle, run) {
  const pages = {
    app: `${base}/`,
    appRu: `${base}/ru/`,
    appKk: `${base}/kk/`,
    baseline: `${base}/baseline/`,
    peer: `${base}/peer/`,
    floor: `${base}/floor/`,
  };
  const result = { answer: {}, deepLink: {} };
  for (const name of turn(['app', 'baseline', 'peer'], run))
    result[name] = await measureLoad(browser, pages[name], { throttle, interactive: name === 'app' });
  // Each language's page has a first view of its own (its words, its catalog): bytes and time to map.
  for (const name of ['appRu', 'appKk'])
    result[name] = await measureLoad(browser, pages[name], { throttle, interactive: false });
  // A click on Russia the moment the map shows, and a cold link to it, each page in turn.
  for (const [kind, name] of turn(
    [
      ['answer', 'app'],
      ['answer', 'peer'],
      ['deepLink', 'app'],
      ['deepLink', 'peer'],
    ],
    run,
  )) {
    const url = kind === 'answer' ? pages[name] : `${pages[name]}?country=RUS`;
    result[kind][name] = await measureAnswer(browser, url, {
      throttle,
      country: RUSSIA[name],
      click: kind === 'answer',
    });
  }
  if (loadsOnly) return result;
  Object.assign(
    result,
    await measureInteractions(browser, pages.app, { throttle, count: INTERACTIONS, floorUrl: pages.floor }),
  );
  result.frames = {};
  // --quick is a smoke check: frames only without throttling, where a frame costs a quarter.
  if (quick && throttle !== 1) return result;
  for (const scene of SCENES) {
    result.frames[scene.key] = await measureFrames(browser, pages.app, {
      throttle,
      frames: FRAMES,
      ...scene,
    });
  }
  return result;
}

function machine() {
  const version = spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const memory = `${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM`;
  return `${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${memory}, ${version}, Node ${process.version}`;
}

async function main() {
  const started = Date.now();
  const loadBefore = loadavg()[0].toFixed(1);
  build();
  const server = await serve(
    {
      '/': `${root}dist`,
      '/baseline/': `${root}dist-baseline`,
      '/peer/': `${root}dist-peer`,
      '/floor/': `${root}tests/bench/floor`,
    },
    port,
  );
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs, headless: true });
  const results = { 1: [], 4: [] };
  try {
    for (let run = 0; run < runs; run++) {
      for (const throttle of [1, 4]) {
        log(`run ${run + 1}/${runs}, CPU ${throttle}x`);
        results[throttle].push(await oneRun(browser, base, throttle, run));
      }
    }
  } finally {
    await browser.close();
  }
  let lighthouse = null;
  if (!quick && !loadsOnly) {
    log('Lighthouse desktop and mobile');
    lighthouse = await runLighthouse(`${base}/`, { chromePath, flags: chromiumArgs, port: port + 2 });
  }
  server.close();
  const seconds = Math.round((Date.now() - started) / 1000);
  const table = formatTable({ results, lighthouse, frameKeys: SCENES.map((s) => s.key) });
  const header = [
    `# Benchmark: last run`,
    '',
    `${new Date().toISOString()}; ${runs} run(s)${quick ? ' (--quick)' : ''}${loadsOnly ? ' (--loads-only)' : ''}, ${seconds} s; ${machine()}.`,
    `Load average (1 min) at start / end: ${loadBefore} / ${loadavg()[0].toFixed(1)}: other work on the machine skews timings.`,
    `Medians over runs; p95s are per run (${INTERACTIONS} interactions, ${FRAMES} frames), then the median. Interaction latency is Event Timing's (what INP uses): from the press to the next frame presented, counted only if that frame shows the change.`,
    `Time to answer and the deep-link panel: ms from navigation until the panel with Russia's quotes is painted (the click comes as the page marks its map drawn); ratios are taken within each run, to that run's bare time to map, then the median.`,
    '',
  ].join('\n');
  const failing = ['desktop', 'mobile']
    .filter((f) => lighthouse?.[f]?.failing?.length)
    .map((f) => {
      const metrics = Object.entries(lighthouse[f].metrics ?? {})
        .map(([name, value]) => `${name} ${value}`)
        .join(', ');
      return `Lighthouse ${f} (${metrics}) audits below 1: ${lighthouse[f].failing.slice(0, 12).join(', ')}.`;
    });
  const text = `${header}\n${table}\n${failing.length ? `\n${failing.join('\n\n')}\n` : ''}`;
  const file = quick || loadsOnly ? 'last-quick-run.md' : 'last-run.md';
  writeFileSync(fileURLToPath(new URL(file, import.meta.url)), text);
  process.stdout.write(`${text}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
