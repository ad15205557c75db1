import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { appDataPlugin } from './scripts/vite-plugin-app-data.ts';
import { catalogsPlugin } from './scripts/vite-plugin-catalogs.ts';
import { prerenderPlugin } from './scripts/vite-plugin-prerender.ts';
import { shipSingleFilePlugin, singleFilePlugin } from './scripts/vite-plugin-single-file.ts';

/**
 * `vite build` makes the site (dist/, first view prerendered); `vite build --mode single` makes one
 * self-contained HTML file for file:// and USB sticks (dist-single/kazakhstan-map.html).
 * `npm run build` makes both, the single file first: the site ships a copy of it beside itself,
 * for "Download as one offline file" to build a dataset into.
 */
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  // The site's build and its prerender (which must render the same button) see the shipped file;
  // unit tests never do, whatever was built before (they stub VITE_OFFLINE_FILE).
  const ship =
    mode === 'production' || mode === 'prerender'
      ? shipSingleFilePlugin(new URL('./dist-single/kazakhstan-map.html', import.meta.url))
      : null;
  return {
    define: { 'import.meta.env.VITE_OFFLINE_FILE': JSON.stringify(ship ? 'yes' : '') },
    plugins: [
      react(),
      appDataPlugin(),
      catalogsPlugin(),
      ...(single
        ? [singleFilePlugin(new URL('./public/favicon.svg', import.meta.url))]
        : [prerenderPlugin(), ...(ship ? [ship] : [])]),
    ],
    build: single
      ? {
          target: 'es2022',
          outDir: 'dist-single',
          copyPublicDir: false,
          cssCodeSplit: false,
          modulePreload: false,
          chunkSizeWarningLimit: 2000,
          rolldownOptions: { output: { codeSplitting: false } },
        }
      : {
          target: 'es2022',
          // Modules the app's start shares with features loaded later (the store, the palette...)
          // travel in one chunk, not in eight tiny ones, each a request before the app can start.
          // Vite's preload helper, which main.tsx needs, keeps its own: main.tsx must not wait for
          // the app's data (the store's modules fetch it) and must be able to report a failed start.
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'preload-helper', test: /preload-helper/, priority: 2 },
                  // Used only by features loaded later (table download, spreadsheet import): never
                  // in the start's shared chunk, even when two of them need it.
                  { name: 'papaparse', test: /node_modules[\\/]papaparse[\\/]/, priority: 2 },
                  // The built-in tour: for Present and for "Download dataset", never in the first view.
                  { name: 'tour', test: /virtual:tour/, priority: 2 },
                  // zod and the schemas built with it (modules that import nothing the start needs, since a
                  // group takes its modules' imports along): loaded with a file, the spreadsheet import or the
                  // article editor, never at the start, however many of those share it.
                  {
                    name: 'validation',
                    test: /node_modules[\\/]zod[\\/]|src[\\/]model[\\/](.*schema|zod-jitless)\.ts$/,
                    priority: 2,
                  },
                  { name: 'shared', minShareCount: 2, priority: 1 },
                ],
              },
            },
          },
        },
    test: {
      environment: 'jsdom',
      include: ['tests/unit/**/*.test.{ts,tsx}'],
      setupFiles: ['tests/setup.ts'],
      // Component tests render the whole world map in jsdom; a busy 2-core machine needs room (under
      // a load of 24, npm run test:stress saw the map's first render take 24 s). No test waits for time.
      testTimeout: 60_000,
    },
  };
});
