import type { Dataset } from './schema.ts';

/** The single-file build's name (scripts/vite-plugin-single-file.ts); the site ships it beside itself. */
export const SINGLE_FILE_NAME = 'kazakhstan-map.html';

/** The id of the `<script type="application/json">` that carries a dataset built into the file. */
export const EMBEDDED_DATASET_ID = 'embedded-dataset';

/**
 * What an offline page is made of, all taken from the single file as built: its CSP (the hashes of
 * exactly `script` and `style`), favicon (a data: URL), stylesheet and module script. The texts go
 * back unchanged, so the hashes still hold.
 */
export type OfflineParts = { csp: string; favicon: string; style: string; script: string };

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const JSON_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

const ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  '#39': "'",
};
const decodeAttribute = (text: string) =>
  text.replace(/&(amp|quot|lt|gt|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? '');

/** What each part is found by in the single file's HTML; the first match of each is the part. */
const PART_PATTERNS: Record<keyof OfflineParts, RegExp> = {
  csp: /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/,
  favicon: /<link rel="icon" href="([^"]*)"/,
  // Inlined code has its `</style` and `</script` escaped (scripts/vite-plugin-single-file.ts).
  style: /<style>([\s\S]*?)<\/style>/,
  script: /<script type="module">([\s\S]*?)<\/script>/,
};

/**
 * The parts of the single file's HTML: the file as the site ships it, or the single file's own
 * page serialised (`outerHTML`: the raw text of its style and script comes out unchanged; text a
 * dataset brings is escaped there, so it cannot pass for a tag). Throws naming a missing part.
 */
export function offlineParts(html: string): OfflineParts {
  const parts: Partial<OfflineParts> = {};
  for (const [name, pattern] of Object.entries(PART_PATTERNS) as [keyof OfflineParts, RegExp][]) {
    const found = pattern.exec(html)?.[1];
    if (!found) throw new Error(`the single file has no ${name}`);
    parts[name] = name === 'csp' || name === 'favicon' ? decodeAttribute(found) : found;
  }
  return parts as OfflineParts;
}

/**
 * `value` as JSON that can stand inside a `<script>` element: `<`, `>` and `&` (which could end the
 * element or open a comment, whatever text a quote holds) and U+2028/9 are written as `\u` escapes,
 * which JSON.parse reads back to the same characters. They can only occur inside strings, where
 * the escapes mean the same.
 */
export const scriptSafeJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => JSON_ESCAPES[c] ?? c);

/**
 * The single file's page, with `dataset` built in (null: the built-in article, as the build makes
 * it). The dataset travels as a JSON data block, which the browser never runs, so the CSP needs
 * no hash for it; the app reads it as it starts (src/app/embedded-dataset.ts). `#root` stays
 * empty, so the first paint is the app's, with the built-in dataset already replaced. `title` is
 * the tab's title until the app has started.
 */
export function offlinePage(parts: OfflineParts, title: string, dataset: Dataset | null): string {
  const data = dataset
    ? `\n    <script type="application/json" id="${EMBEDDED_DATASET_ID}">${scriptSafeJson(dataset)}</script>`
    : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${escapeAttribute(parts.csp)}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="${escapeAttribute(parts.favicon)}" type="image/svg+xml" />
    <title>${escapeText(title)}</title>
    <style>${parts.style}</style>
  </head>
  <body>
    <div id="root"></div>${data}
    <script type="module">${parts.script}</script>
  </body>
</html>
`;
}
