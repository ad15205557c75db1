// @vitest-environment node -- reads files only
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * src/geo and src/model are pure TypeScript: they run at build time, in tests and in the browser
 * alike, so they touch no DOM and no module the bundler makes up (`virtual:world` belongs to
 * src/world/world.ts). The DOM is read at boot and handed down.
 */
const SRC = join(import.meta.dirname, '../../../src');
const PURE = ['geo', 'model'];
/** Single pure modules elsewhere: the list of languages (no words, no DOM, no virtual module). */
const PURE_FILES = ['i18n/locales.ts'];
const within = (path: string, spec: string) =>
  relative(SRC, resolve(dirname(path), spec))
    .split(sep)
    .join('/');
/** Packages that reach into the DOM or render it. */
const DOM_PACKAGES = /^(react|react-dom|d3-selection|d3-zoom|d3-transition)(\/|$)/;
/** Browser globals: reading them makes a module depend on a page. */
const DOM_GLOBALS = /\b(document|window|navigator|localStorage|sessionStorage)\b/;

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });

/** The code without its comments (a URL's `//` after a colon is kept), so prose may name the DOM. */
const withoutComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');

/**
 * Every module specifier a file imports or re-exports, statically or dynamically, except the i18n
 * layer's types (`import type { Message } from '../i18n/i18n.ts'`): erased at build, they let pure
 * code return a message's id and values without words.
 */
const specifiers = (code: string) =>
  [
    ...code
      .replace(/\bimport\s+type\s[^;]*?from\s*(['"])[./]*i18n\/[^'"]+\1/g, '')
      .matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\1/g),
  ].map((m) => m[2] ?? '');

/**
 * The interface's languages (`i18n/locales.ts`, constants with no imports) may be imported, and the
 * message types of `i18n/i18n.ts` by `import type` (erased: pure code returns a message id, worded
 * above it), so the model can pick a dataset's words per language.
 */
const LANGUAGE_CONSTANTS = 'i18n/locales.ts';
/** True when every import of `spec` in `code` is `import type { … }`. */
function typeOnly(code: string, spec: string): boolean {
  const quoted = `(['"])${spec.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\2`;
  const anyImport = new RegExp(`\\bimport\\s+(type\\s+)?\\{[^}]*\\}\\s*from\\s*${quoted}`, 'g');
  const found = [...code.matchAll(anyImport)];
  return found.length > 0 && found.every((m) => m[1] !== undefined);
}

/** What a file in a pure layer must not do, one line per fault. */
export function impurities(path: string, text: string): string[] {
  const code = withoutComments(text);
  const name = relative(SRC, path);
  const faults: string[] = [];
  for (const spec of specifiers(code)) {
    const file = spec.startsWith('.')
      ? relative(SRC, resolve(dirname(path), spec))
          .split(sep)
          .join('/')
      : null;
    const target = file?.split('/')[0] ?? null;
    if (file === LANGUAGE_CONSTANTS || (file?.startsWith('i18n/') && typeOnly(code, spec))) continue;
    if (spec.startsWith('virtual:')) faults.push(`${name} imports ${spec}`);
    else if (DOM_PACKAGES.test(spec)) faults.push(`${name} imports ${spec}`);
    else if (target !== null && !PURE.includes(target ?? '') && !PURE_FILES.includes(within(path, spec)))
      faults.push(`${name} imports ${spec}`);
  }
  code.split('\n').forEach((line, i) => {
    const found = line.match(DOM_GLOBALS);
    if (found) faults.push(`${name}:${i + 1} reads ${found[1]}`);
  });
  return faults;
}

describe('geo/ and model/ are pure', () => {
  it('catches what it is meant to catch (so the check below cannot pass vacuously)', () => {
    const file = join(SRC, 'geo', 'sample.ts');
    const sample = [
      "import layout from 'virtual:world';",
      "import { useState } from 'react';",
      "import { useAppStore } from '../store/app-store.ts';",
      "import { labels } from '../model/labels.ts';",
      "import type { Message } from '../i18n/i18n.ts';",
      "import { t } from '../i18n/i18n.ts';",
      "import { LOCALES } from '../i18n/locales.ts';",
      "import type { Translate } from '../i18n/i18n.ts';",
      "import { i18n } from '../i18n/i18n.ts';",
      "const chunk = import('./arc-paths.ts');",
      '/** Reads the page: document.querySelector, in a comment only. */',
      "const paths = document.querySelectorAll('path'); // window, in a comment",
      "const url = 'https://example.org/'; const width = window.innerWidth;",
    ].join('\n');
    expect(impurities(file, sample)).toEqual([
      'geo/sample.ts imports virtual:world',
      'geo/sample.ts imports react',
      'geo/sample.ts imports ../store/app-store.ts',
      'geo/sample.ts imports ../i18n/i18n.ts',
      'geo/sample.ts imports ../i18n/i18n.ts',
      'geo/sample.ts:12 reads document',
      'geo/sample.ts:13 reads window',
    ]);
    expect(sources(join(SRC, 'geo')).length).toBeGreaterThan(10);
  });

  it('no module under src/geo or src/model touches the DOM, a virtual module or a layer above', () => {
    const faults = PURE.flatMap((layer) =>
      sources(join(SRC, layer)).flatMap((path) => impurities(path, readFileSync(path, 'utf8'))),
    );
    expect(faults).toEqual([]);
  });
});
