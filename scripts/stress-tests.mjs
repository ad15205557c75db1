#!/usr/bin/env node
/**
 * `npm run test:stress`: runs the unit suite and the browser suite several times in a row while a
 * CPU load runs beside them, and stops at the first failure. A test that passes here does not lean
 * on the machine being idle (no test may depend on wall-clock timing).
 *
 *   npm run test:stress                       5 runs of each suite, load on 2 CPUs
 *   npm run test:stress -- --runs 3 --suite unit
 *   npm run test:stress -- --suite e2e --no-build --load 1
 *   npm run test:stress -- --suite e2e tests/e2e/foundation.spec.ts   (files go to the one suite run)
 *
 * The load is Debian's `stress-ng --cpu N` when installed, otherwise N node busy loops. The browser
 * suite runs on E2E_PORT against a fresh `npm run build` (the site and the single file, as `npm test`
 * builds them; --no-build keeps what is there).
 */
import { spawn, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    suite: { type: 'string', default: 'both' },
    load: { type: 'string', default: '2' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const cpus = Number(values.load);
const suites = { unit: ['unit'], e2e: ['e2e'], both: ['unit', 'e2e'] }[values.suite];
if (!suites || !(runs >= 1) || !(cpus >= 0) || (positionals.length > 0 && suites.length > 1)) {
  console.error(
    'usage: stress-tests.mjs [--runs N] [--suite unit|e2e|both] [--load CPUS] [--no-build] [files of that suite]',
  );
  process.exit(2);
}

const commands = {
  unit: ['npx', ['vitest', 'run']],
  e2e: ['npx', ['playwright', 'test']],
};

/** Starts the CPU load in its own process group, so that stopping it stops all its workers. */
function startLoad() {
  if (cpus === 0) return [];
  const hasStressNg = spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).status === 0;
  const start = (command, args) => spawn(command, args, { stdio: 'ignore', detached: true });
  if (hasStressNg) {
    console.log(`load: stress-ng --cpu ${cpus}`);
    return [start('stress-ng', ['--cpu', String(cpus)])];
  }
  console.log(`load: ${cpus} node busy loop(s) (stress-ng is not installed)`);
  return Array.from({ length: cpus }, () => start(process.execPath, ['-e', 'for (;;) {}']));
}

const load = startLoad();
const stopLoad = () => {
  for (const child of load) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
};
process.on('exit', stopLoad);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** Runs one command with the terminal attached; resolves to its exit code. */
const run = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

if (suites.includes('e2e') && !values['no-build']) {
  const code = await run('npm', ['run', 'build']);
  if (code !== 0) process.exit(code);
}

const passed = Object.fromEntries(suites.map((s) => [s, 0]));
for (let i = 1; i <= runs; i++) {
  for (const suite of suites) {
    const started = Date.now();
    const [command, args] = commands[suite];
    const code = await run(command, [...args, ...positionals]);
    const seconds = Math.round((Date.now() - started) / 1000);
    if (code !== 0) {
      console.error(`\nstress: ${suite} run ${i} of ${runs} FAILED after ${seconds} s under load`);
      console.error(`stress: passed before it: ${JSON.stringify(passed)}`);
      process.exit(code);
    }
    passed[suite] += 1;
    console.log(`\nstress: ${suite} run ${i} of ${runs} passed in ${seconds} s under load`);
  }
}
console.log(`\nstress: all green, ${runs} run(s) of ${suites.join(' and ')} beside a load on ${cpus} CPU(s)`);
// The load's processes hold the event loop open: exiting is what stops them (the exit handler).
process.exit(0);
