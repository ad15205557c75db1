import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EMBEDDED_DATASET_ID,
  type OfflineParts,
  offlinePage,
  offlineParts,
  scriptSafeJson,
} from '../../../src/model/offline-page.ts';
import type { Dataset } from '../../../src/model/schema.ts';

const HOSTILE = '</script><script>alert(1)</script><!-- & \u2028\u2029 -->';
const mongolia: Dataset = JSON.parse(readFileSync('data/examples/mongolia-sample.json', 'utf8'));
const hostile: Dataset = {
  ...mongolia,
  partners: mongolia.partners.map((p, i) =>
    i === 0 ? { ...p, aims: [{ text: HOSTILE, section: 'body' }, ...p.aims] } : p,
  ),
};
/** Parts shaped like the single file's: a script with `<\/script` escaped as the build does. */
const parts: OfflineParts = {
  csp: "default-src 'none'; script-src 'sha256-abc='; style-src 'sha256-def='",
  favicon: 'data:image/svg+xml;base64,PHN2Zz4=',
  style: ':root{--a:"x"}body>p{color:red}',
  script: 'const s = "<\\/script>"; if (1 < 2 && 3 > 2) document.title = s;',
};
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('scriptSafeJson', () => {
  it('writes <, >, & and U+2028/9 as escapes that read back to the same text', () => {
    const json = scriptSafeJson({ text: HOSTILE });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual({ text: HOSTILE });
  });
});

describe('the offline page', () => {
  it('carries the dataset as one inert JSON block, which a hostile quote cannot end', () => {
    const doc = parse(offlinePage(parts, 'Mongolia </title><script>alert(2)</script>', hostile));
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/json', 'module']);
    expect(scripts[0]?.id).toBe(EMBEDDED_DATASET_ID);
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(hostile);
    expect(doc.title).toBe('Mongolia </title><script>alert(2)</script>');
    expect(doc.getElementById('root')?.childNodes).toHaveLength(0);
  });

  it('gives back the single file’s parts unchanged, so the CSP’s hashes still hold', () => {
    const page = offlinePage(parts, 'A map', hostile);
    expect(offlineParts(page)).toEqual(parts);
    // Read back from the page as the browser serialises it, as the single file reads itself.
    expect(offlineParts(parse(page).documentElement.outerHTML)).toEqual(parts);
    // A page made from such a page is the same page: a file can be made again from a file.
    expect(offlinePage(offlineParts(page), 'A map', hostile)).toBe(page);
  });

  it('has no data block for the built-in article', () => {
    const doc = parse(offlinePage(parts, 'A map', null));
    expect(doc.getElementById(EMBEDDED_DATASET_ID)).toBeNull();
    expect(doc.querySelectorAll('script')).toHaveLength(1);
  });

  it('would be broken by plain JSON (the check above can fail)', () => {
    const plain = offlinePage(parts, 'A map', null).replace(
      '<div id="root"></div>',
      `<div id="root"></div><script type="application/json">${JSON.stringify(hostile)}</script>`,
    );
    expect(parse(plain).querySelectorAll('script').length).toBeGreaterThan(2);
  });

  it('names what a page lacks when it is not the single file', () => {
    const page = offlinePage(parts, 'A map', null).replace(/<script type="module">.*<\/script>/s, '');
    expect(() => offlineParts(page)).toThrow('the single file has no script');
  });
});
