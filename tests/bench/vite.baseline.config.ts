import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the baseline page (tests/bench/index.html) the way the app is built, served under /baseline/. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/baseline/',
  // Keep the atlas a separate request, as a bare d3 page fetches it.
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../dist-baseline', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
});
