import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { inlineDataBlocks } from './vite-plugin-app-data.ts';

/** Two frames after the prerendered map is parsed, every country has been painted. */
const MAP_DRAWN_SCRIPT =
  "requestAnimationFrame(function(){requestAnimationFrame(function(){performance.mark('map-drawn')})})";

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The policy for the built page: nothing from other origins, no inline code but the hashed mark. */
export function contentSecurityPolicy(inlineScripts: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.map(sha256).join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * After `vite build`, renders the app's first view to HTML with React's server renderer and writes
 * it into dist/index.html, so the coloured map, legend and heading paint before any JavaScript
 * runs; main.tsx then hydrates it. Also adds the Content-Security-Policy.
 */
export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr || config.mode !== 'production') return;
      const server = await createServer({
        configFile: config.configFile ?? false,
        mode: 'prerender',
        logLevel: 'error',
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
      });
      try {
        const { render } = (await server.ssrLoadModule('/src/entry-prerender.tsx')) as {
          render: () => string;
        };
        const file = resolve(config.root, config.build.outDir, 'index.html');
        const html = readFileSync(file, 'utf8');
        if (!html.includes('<div id="root"></div>'))
          throw new Error('prerender: no empty #root in index.html');
        const body = `<div id="root">${render()}</div><script>${MAP_DRAWN_SCRIPT}</script>${inlineDataBlocks()}`;
        const csp = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([MAP_DRAWN_SCRIPT])}" />`;
        writeFileSync(
          file,
          html
            .replace('<div id="root"></div>', body)
            .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${csp}`),
        );
      } finally {
        await server.close();
      }
    },
  };
}
