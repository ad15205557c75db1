import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputAsset, OutputChunk } from 'rolldown';
import type { Plugin, ResolvedConfig } from 'vite';
import { SINGLE_FILE_NAME } from '../src/model/offline-page.ts';

/** The one file a teacher copies to a USB stick. */
export { SINGLE_FILE_NAME };

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** `</script` inside inlined code would end the element early; `<\/script` means the same to JS. */
const escapeScript = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const escapeStyle = (css: string) => css.replace(/<\/(style)/gi, '<\\/$1');

/**
 * The Content-Security-Policy of the single file: nothing may load from anywhere, only the
 * inlined script and style (by hash) run; images only from data: (the favicon) and blob: (export).
 */
export function singleFileCsp(scripts: string[], styles: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    `style-src ${styles.map(sha256).join(' ')}`,
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Turns the build into one self-contained HTML file that works from file:// (no server, no
 * network): the entry chunk (dynamic imports already inlined by the config) and the CSS go inline,
 * the favicon becomes a data: URL, and a CSP meta with the hashes of exactly those inline blocks is
 * added after inlining. Written instead of vite-plugin-singlefile so the CSP hashes are computed
 * on the final bytes, and to avoid a dependency that may lag behind Vite 8 / rolldown.
 */
export function singleFilePlugin(faviconFile: URL): Plugin {
  return {
    name: 'single-file',
    enforce: 'post',
    generateBundle(_, bundle) {
      const html = Object.values(bundle).find(
        (f): f is OutputAsset => f.type === 'asset' && f.fileName.endsWith('.html'),
      );
      if (!html) this.error('single-file: the build produced no HTML');
      const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');
      const styles = Object.values(bundle).filter(
        (f): f is OutputAsset => f.type === 'asset' && f.fileName.endsWith('.css'),
      );
      if (chunks.length !== 1) this.error(`single-file: expected one JS chunk, got ${chunks.length}`);
      const [chunk] = chunks as [OutputChunk];
      // Vite 8 leaves its preload marker behind when dynamic imports are inlined; there is nothing to
      // preload in one file, which is what `void 0` tells its helper.
      const script = escapeScript(chunk.code.replaceAll('__VITE_PRELOAD__', 'void 0'));
      const style = escapeStyle(styles.map((s) => String(s.source)).join('\n'));
      const favicon = `data:image/svg+xml;base64,${readFileSync(faviconFile).toString('base64')}`;
      let page = String(html.source)
        .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
        .replace(/<link rel="stylesheet"[^>]*>\s*/g, '')
        .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
        .replace(/href="\/favicon\.svg"/, `href="${favicon}"`);
      const csp = `<meta http-equiv="Content-Security-Policy" content="${singleFileCsp([script], [style])}" />`;
      page = page
        .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${csp}`)
        .replace('</head>', () => `  <style>${style}</style>\n  </head>`)
        .replace('</body>', () => `  <script type="module">${script}</script>\n  </body>`);
      for (const file of [chunk, ...styles, html]) delete bundle[file.fileName];
      this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: page });
    },
  };
}

/**
 * The site ships the single file beside itself (`npm run build` makes it first), so "Download as
 * one offline file" can fetch it from the same origin and build a dataset into it. Returns the
 * plugin, or null when there is no single file to ship (then the button is not offered: see
 * src/features/dataset-loader/offline-source.ts).
 */
export function shipSingleFilePlugin(singleFile: URL): Plugin | null {
  if (!existsSync(singleFile)) return null;
  let config: ResolvedConfig;
  return {
    name: 'ship-single-file',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      copyFileSync(singleFile, join(config.root, config.build.outDir, SINGLE_FILE_NAME));
    },
  };
}
