import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

import { DEFAULT_LOCALE, LOCALES, type Locale } from '../src/i18n/locales.ts';
import { chunkClosure, languageRedirectScript, localeChunks, pageFile, panelsDir } from './language-pages.ts';
import { emittedDataFiles } from './vite-plugin-app-data.ts';

/** Two frames after the prerendered map is parsed, every country has been painted. */
const MAP_DRAWN_SCRIPT =
  "requestAnimationFrame(function(){requestAnimationFrame(function(){performance.mark('map-drawn')})})";
/**
 * The map is on screen before the app has started (main.tsx waits for the first paint): keep the
 * clicks made meanwhile, for src/app/use-app-ready.ts to replay. Stops once hydration has begun
 * (`data-app` is set); from then on React itself replays what it receives. A click on a country, or
 * a `?country=` link, shows that country's prerendered panel at once (src/app/early-panel.tsx); its
 * close button empties it and forgets the clicks, so the app does not reopen it.
 */
const earlyClicksScript = (panels: string) =>
  [
    '(function(){var h=document.documentElement,q=window.__earlyClicks=[],got={},w;',
    // A country's panel is fetched from the press on (a click is a press and a release later).
    "function get(id){return got[id]=got[id]||fetch('" +
      panels +
      "'+id+'.html').then(function(r){return r.ok?r.text():''})}",
    // Only a country on the map, and only a panel: a host may answer a missing file with its index page.
    "function show(id){var s=document.getElementById('early-panel');if(!s||!/^[A-Z]{3}$/.test(id)||!document.querySelector('[data-id=\"'+id+'\"][role=\"button\"]'))return;w=id;",
    'window.__earlyPanel=get(id).then(function(t){if(/^<aside /.test(t)&&w===id&&!/^(hydrated|ready)$/.test(h.dataset.app))s.innerHTML=t},function(){})}',
    "function country(e){var c=e.target.closest&&e.target.closest('[data-id][role=\"button\"]');return c&&c.getAttribute('data-id')}",
    "document.addEventListener('pointerdown',function(e){var id=!h.dataset.app&&country(e);if(id&&/^[A-Z]{3}$/.test(id))get(id).catch(function(){})},true);",
    "document.addEventListener('click',function(e){if(h.dataset.app)return;",
    "var x=e.target.closest&&e.target.closest('#early-panel .panel__close');",
    "if(x){w=null;q.length=0;document.getElementById('early-panel').innerHTML='';return}",
    'q.push(e.target);var id=country(e);if(id)show(id)},true);',
    "var l=new URLSearchParams(location.search).get('country');if(l)show(l.toUpperCase())})()",
  ].join('');
/**
 * The page's one inline script, right after the first view. Nothing paints before it runs (the
 * render-blocking `expect` link points at it), so no click can come before its listener; and the
 * HTML parser meets no script, which would have it set up JavaScript, until the end.
 */
const firstViewEndScript = (panels: string) => `${earlyClicksScript(panels)};${MAP_DRAWN_SCRIPT}`;

const COMPILE_EAGERLY = '//# allFunctionsCalledOnLoad';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The policy for the built page: nothing from other origins, no inline code but the hashed mark. */
export function contentSecurityPolicy(inlineScripts: string[], inlineStyles: string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.map(sha256).join(' ')}`.trim(),
    `style-src 'self' ${inlineStyles.map(sha256).join(' ')}`.trim(),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The app's code is imported by main.tsx only after the first paint (src/boot.tsx and what it
 * imports): fetch it meanwhile, so starting costs no round trip. The links go after the first view,
 * so on a slow connection the HTML and CSS do not share the line with 100 KB of code and data.
 * Returns the files, entry first.
 */
export function bootChunks(bundle: OutputBundle): string[] {
  const isBoot = (c: OutputChunk) => c.facadeModuleId?.endsWith('/src/boot.tsx') ?? false;
  const files = chunkClosure(bundle, isBoot);
  if (files.length === 0) throw new Error('prerender: no chunk for src/boot.tsx');
  return files;
}

const preloadLinks = (files: string[]) =>
  files.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`).join('');

/**
 * Without this the browser paints the page several times while the 130 KB of map is still being
 * parsed, laying out and painting a growing map each time. One paint, once the first view is in.
 */
const RENDER_WHOLE_FIRST_VIEW = '<link rel="expect" href="#first-view-end" blocking="render">';

/**
 * The preload links wait in a <template> (inert: nothing is fetched) until main.tsx moves them into
 * the page, when it starts the app after the first paint. Found by the preload scanner in the HTML,
 * or added as soon as the HTML was parsed, 100 KB of code and data shared a slow line with the HTML
 * and their compiling shared the CPU with the first layout: Lighthouse mobile scored 97 (FCP
 * 1.4-2.1 s), and this way 100 in three runs of four (FCP 1.2 s). Code and data still download side
 * by side. main.tsx looks the template up by this id.
 */
const APP_PRELOADS_ID = 'app-preloads';

/** The data files the app fetches as it starts (scripts/vite-plugin-app-data.ts): fetched meanwhile. */
const dataPreloadLinks = () =>
  [...emittedDataFiles.values()]
    .map((href) => `<link rel="preload" as="fetch" crossorigin href="${href}">`)
    .join('');

/**
 * The app's stylesheet (4 KB gzip) goes into the page itself: on a slow connection a separate file
 * costs a round trip before anything can paint. Allowed by its hash in the policy.
 */
function inlineStylesheet(html: string, config: ResolvedConfig): { html: string; css: string } {
  const links = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)];
  if (links.length !== 1) throw new Error(`prerender: expected one stylesheet link, found ${links.length}`);
  const [tag, href = ''] = links[0] ?? [];
  const file = resolve(config.root, config.build.outDir, href.replace(config.base, ''));
  const css = readFileSync(file, 'utf8');
  if (css.includes('</style'))
    throw new Error('prerender: the stylesheet cannot be inlined (it has "</style")');
  return { html: html.replace(tag ?? '', `<style>${css}</style>`), css };
}

type PrerenderEntry = {
  setRenderLocale: (locale: Locale) => Promise<void>;
  render: () => string;
  pageTitle: () => string;
  renderPanels: () => Map<string, string>;
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * After `vite build`, renders the app's first view to HTML with React's server renderer, once per
 * language, and writes dist/index.html (English), dist/ru/index.html and dist/kk/index.html, so the
 * coloured map, legend and heading paint in the page's language before any JavaScript runs;
 * main.tsx then hydrates it. Each page has its `<html lang>`, its title, its own catalog among the
 * preloads, its country panels (panels/, panels/ru/, panels/kk/) and its Content-Security-Policy.
 * Asset URLs are absolute from `base`, so the pages in subfolders load the same files.
 */
export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  let preloads: string[] = [];
  const localePreloads = new Map<Locale, string[]>();
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
      if (!config.base.startsWith('/'))
        throw new Error(
          `prerender: base "${config.base}" is relative; the language pages (/ru/, /kk/) need an absolute one`,
        );
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = bootChunks(bundle);
        preloads = files.map((file) => `${config.base}${file}`);
        for (const locale of LOCALES)
          localePreloads.set(
            locale,
            localeChunks(bundle, locale).map((file) => `${config.base}${file}`),
          );
        // V8's explicit compile hint, first in the file: compile the app's code while it streams in
        // (off the main thread), not function by function during a teacher's first clicks.
        for (const file of files) {
          const chunk = bundle[file];
          if (chunk?.type === 'chunk') chunk.code = `${COMPILE_EAGERLY}\n${chunk.code}`;
        }
      },
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
        const entry = (await server.ssrLoadModule('/src/entry-prerender.tsx')) as PrerenderEntry;
        const outDir = resolve(config.root, config.build.outDir);
        const html = readFileSync(resolve(outDir, 'index.html'), 'utf8');
        if (!html.includes('<div id="root"></div>'))
          throw new Error('prerender: no empty #root in index.html');
        if (!html.includes('<html lang="en">'))
          throw new Error('prerender: no <html lang="en"> in index.html');
        const { html: template, css } = inlineStylesheet(html, config);
        for (const locale of LOCALES) {
          await entry.setRenderLocale(locale);
          const own = [...preloads, ...(localePreloads.get(locale) ?? [])];
          const links = `${preloadLinks(own.filter((href) => !html.includes(`href="${href}"`)))}${dataPreloadLinks()}`;
          const script = firstViewEndScript(`${config.base}${panelsDir(locale)}`);
          const redirect = languageRedirectScript(locale, config.base);
          const body = `<div id="root">${entry.render()}</div><script id="first-view-end">${script}</script><template id="${APP_PRELOADS_ID}">${links}</template>`;
          const panels = resolve(outDir, panelsDir(locale));
          mkdirSync(panels, { recursive: true });
          for (const [id, panel] of entry.renderPanels()) writeFileSync(resolve(panels, `${id}.html`), panel);
          const csp = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([redirect, script], [css])}" />`;
          // Only /ru/ and /kk/ speak for a language: `/` lets ?lang, memory and the browser choose.
          const htmlTag =
            locale === DEFAULT_LOCALE
              ? '<html lang="en">'
              : `<html lang="${locale}" data-page-lang="${locale}">`;
          const file = resolve(outDir, pageFile(locale));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(
            file,
            template
              .replace('<html lang="en">', htmlTag)
              .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(entry.pageTitle())}</title>`)
              .replace('<div id="root"></div>', () => body)
              .replace(
                '<meta charset="UTF-8" />',
                () => `<meta charset="UTF-8" />\n    ${csp}\n    <script>${redirect}</script>`,
              )
              .replace('</head>', `${RENDER_WHOLE_FIRST_VIEW}</head>`),
          );
        }
      } finally {
        await server.close();
      }
    },
  };
}
