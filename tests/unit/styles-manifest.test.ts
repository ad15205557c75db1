// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * app.css gathers every feature's stylesheet into the one stylesheet the prerendered first view
 * inlines, in cascade order. A feature stylesheet it does not import would never reach the page.
 */
const src = new URL('../../src/', import.meta.url);
const manifest = readFileSync(new URL('styles/app.css', src), 'utf8');
const imports = [...manifest.matchAll(/@import\s+"([^"]+)";/g)].map((m) => m[1] ?? '');

/** The tour's, the map names' and the spreadsheet preview's stylesheets come with their own chunks (the components import them). */
const loadedWithTheirChunk = [
  'features/presentation/presentation.css',
  'features/map/labels.css',
  'features/spreadsheet-import/sheet-import.css',
  'features/article-editor/article-editor.css',
];

describe('app.css, the stylesheet manifest', () => {
  it('imports files that exist, the theme first', () => {
    expect(imports[0]).toBe('./base.css');
    for (const path of imports) expect(existsSync(new URL(path, new URL('styles/', src))), path).toBe(true);
  });

  it('imports every feature stylesheet but those loaded with their own chunk', () => {
    const featureSheets = readdirSync(new URL('features/', src), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.css'))
      .map((file) => `features/${file.replaceAll('\\', '/')}`)
      .filter((file) => !loadedWithTheirChunk.includes(file))
      .sort();
    const imported = imports
      .filter((path) => path.startsWith('../features/'))
      .map((path) => path.slice(3))
      .sort();
    expect(imported).toEqual(featureSheets);
  });

  it('holds nothing but imports (rules after an @import would come before the imported ones)', () => {
    const rest = manifest.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@import\s+"[^"]+";/g, '');
    expect(rest.trim()).toBe('');
  });
});
