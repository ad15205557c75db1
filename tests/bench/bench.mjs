#!/usr/bin/env node
/**
 * `npm run bench [-- --runs N] [-- --quick] [-- --no-build]`: builds the app and the baseline page,
 * serves both (and the interaction floor page, tests/bench/floor/) gzipped on loopback, drives
 * Debian's Chromium and prints one table of medians, without
 * throttling and at 4x CPU. Also writes it to tests/bench/last-run.md. Timings are reported, never asserted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../chromium-flags.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measureFrames } from './measure-frames.mjs';
import { measureInteractions } from './measure-interactions.mjs';
import { measureLoad } from './measure-load.mjs';
import { formatTable } from './report.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const runs = quick ? 1 : runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1])) : 5;
const port = Number(process.env.BENCH_PORT ?? 4300);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INTERACTIONS = 20;
const FRAMES = quick ? 200 : 240;
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
  log('vite build (baseline page)');
  execFileSync(vite, ['build', '--logLevel', 'warn', '--config', 'tests/bench/vite.baseline.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
}

async function oneRun(browser, base, throttle, order) {
  const pages = { app: `${base}/`, baseline: `${base}/baseline/`, floor: `${base}/floor/` };
  const result = {};
  for (const name of order)
    result[name] = await measureLoad(browser, pages[name], { throttle, interactive: name === 'app' });
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
    { '/': `${root}dist`, '/baseline/': `${root}dist-baseline`, '/floor/': `${root}tests/bench/floor` },
    port,
  );
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs, headless: true });
  const results = { 1: [], 4: [] };
  try {
    for (let run = 0; run < runs; run++) {
      for (const throttle of [1, 4]) {
        log(`run ${run + 1}/${runs}, CPU ${throttle}x`);
        const order = run % 2 ? ['baseline', 'app'] : ['app', 'baseline'];
        results[throttle].push(await oneRun(browser, base, throttle, order));
      }
    }
  } finally {
    await browser.close();
  }
  let lighthouse = null;
  if (!quick) {
    log('Lighthouse desktop and mobile');
    lighthouse = await runLighthouse(`${base}/`, { chromePath, flags: chromiumArgs, port: port + 2 });
  }
  server.close();
  const seconds = Math.round((Date.now() - started) / 1000);
  const table = formatTable({ results, lighthouse, frameKeys: SCENES.map((s) => s.key) });
  const header = [
    `# Benchmark: last run`,
    '',
    `${new Date().toISOString()}; ${runs} run(s)${quick ? ' (--quick)' : ''}, ${seconds} s; ${machine()}.`,
    `Load average (1 min) at start / end: ${loadBefore} / ${loadavg()[0].toFixed(1)}: other work on the machine skews timings.`,
    `Medians over runs; p95s are per run (${INTERACTIONS} interactions, ${FRAMES} frames), then the median. Interaction latency is Event Timing's (what INP uses): from the press to the next frame presented, counted only if that frame shows the change.`,
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
  writeFileSync(fileURLToPath(new URL(quick ? 'last-quick-run.md' : 'last-run.md', import.meta.url)), text);
  process.stdout.write(`${text}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
