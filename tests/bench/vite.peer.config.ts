import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { peerDataPlugin } from './peer/peer-data-plugin.ts';

/** Builds the React peer page (tests/bench/peer/) the way the app is built, served under /peer/. */
export default defineConfig({
  root: fileURLToPath(new URL('peer', import.meta.url)),
  base: '/peer/',
  plugins: [react(), peerDataPlugin(new URL('../../data/kazakhstan.json', import.meta.url))],
  // The atlas and the quotes stay requests of their own, as such an app fetches them.
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../dist-peer', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
});
