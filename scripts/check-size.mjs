#!/usr/bin/env node
/**
 * `npm run size`: the size budget over dist/. Gzips (level 9, as tests/bench/serve.mjs serves them)
 * each language's page (index.html, ru/index.html, kk/index.html) and every asset it references (scripts, stylesheets, modulepreloads, icons): what the
 * first view loads before any code runs. Fails over budget. Budgets live in size-budget.json;
 * its `use` says which set applies ("current": today's size + 5%, "target": the goal).
 * Files the code fetches at run time are not seen here; `npm run bench` counts those. The single-file
 * build, when present, has a budget of its own (`singleFileKB`).
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const config = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
const budget = config[config.use];
if (!budget) throw new Error(`size-budget.json: "use" is "${config.use}", which it does not define`);

/** Each language's page (scripts/language-pages.ts): its first view is measured on its own. */
const PAGES = { en: 'index.html', ru: 'ru/index.html', kk: 'kk/index.html' };

const kindOf = (file) =>
  ({ '.js': 'js', '.mjs': 'js', '.css': 'css', '.html': 'html' })[extname(file)] ?? 'other';
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const over = [];

/** What `page` makes the first view load, gzipped: the page and every asset it references. */
function firstView(page) {
  let html;
  try {
    html = readFileSync(join(dist, page));
  } catch {
    console.error(`size: dist/${page} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
  const refs = new Set();
  for (const [tag] of html.toString().matchAll(/<(script|link)\b[^>]*>/g)) {
    const attr = tag.match(/\b(src|href)="([^"]+)"/);
    if (!attr || /^(https?:|data:|\/\/)/.test(attr[2])) continue;
    if (tag.startsWith('<link') && !/rel="(stylesheet|modulepreload|icon|preload)"/.test(tag)) continue;
    refs.add(attr[2].replace(/^\//, '').split(/[?#]/)[0]);
  }
  const files = [{ file: page, bytes: gz(html) }];
  for (const ref of refs) files.push({ file: ref, bytes: gz(readFileSync(join(dist, ref))) });
  return files;
}

for (const [locale, page] of Object.entries(PAGES)) {
  const files = firstView(page);
  const sum = (kind) =>
    files.filter((f) => !kind || kindOf(f.file) === kind).reduce((s, f) => s + f.bytes, 0);
  const total = sum();
  const js = sum('js');
  for (const f of files) console.log(`  ${kb(f.bytes).padStart(9)}  ${f.file}`);
  console.log(
    `size (${locale}): first view ${kb(total)} gzip (budget ${budget.firstViewKB} KB), JS ${kb(js)} (budget ${budget.jsKB} KB)`,
  );
  if (total > budget.firstViewKB * 1024)
    over.push(
      `${locale}: first-view transfer ${kb(total)} gzip is over its budget of ${budget.firstViewKB} KB`,
    );
  if (js > budget.jsKB * 1024)
    over.push(`${locale}: first-view JavaScript ${kb(js)} gzip is over its budget of ${budget.jsKB} KB`);
}
console.log(
  `      budgets in force: "${config.use}" of size-budget.json; the issue's target is ${config.target.firstViewKB} KB / ${config.target.jsKB} KB`,
);

// The single file (vite build --mode single) carries everything, the 1:50m outlines too: its own budget.
let single;
try {
  single = readFileSync(join(root, 'dist-single', 'kazakhstan-map.html'));
} catch {
  console.log(
    'size: no dist-single/kazakhstan-map.html (run `npm run build`); single-file budget not checked',
  );
}
if (single) {
  console.log(`size: single file ${kb(gz(single))} gzip (budget ${budget.singleFileKB} KB)`);
  if (gz(single) > budget.singleFileKB * 1024)
    over.push(`the single file ${kb(gz(single))} gzip is over its budget of ${budget.singleFileKB} KB`);
}
if (over.length) {
  console.error(`size: OVER BUDGET: ${over.join('; ')}.`);
  console.error(
    '      Load what the first view does not need on demand (dynamic import()), or explain a raise in size-budget.json.',
  );
  process.exit(1);
}
console.log('size: within budget');
