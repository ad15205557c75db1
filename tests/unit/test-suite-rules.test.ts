// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const self = fileURLToPath(import.meta.url);

/** Every test source under `dir`, relative to the repository. */
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mjs)$/.test(f))
    .map((f) => join(root, dir, f))
    .filter((f) => f !== self);

const offenders = (files: string[], pattern: RegExp) =>
  files.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));

describe('the rules the test suites keep', () => {
  it('no test sleeps: waits are for a state, or time is the test’s own', () => {
    expect(offenders([...sources('tests/unit'), ...sources('tests/e2e')], /waitForTimeout\(/)).toEqual([]);
  });

  it('npm test never writes docs/: pictures come from npm run screenshots', () => {
    expect(offenders(sources('tests/e2e'), /docs\/screenshots|\.screenshot\(\{\s*path/)).toEqual([]);
    const config = readFileSync(join(root, 'playwright.config.ts'), 'utf8');
    expect(config).toMatch(/testDir: 'tests\/e2e'/);
    const pictures = readFileSync(join(root, 'playwright.screenshots.config.ts'), 'utf8');
    expect(pictures).toMatch(/testDir: 'tests\/screenshots'/);
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
    expect(scripts.screenshots).toContain('-c playwright.screenshots.config.ts');
    expect(scripts['test:e2e']).not.toContain('screenshots');
  });
});
