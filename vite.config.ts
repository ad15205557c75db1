import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { appDataPlugin } from './scripts/vite-plugin-app-data.ts';
import { prerenderPlugin } from './scripts/vite-plugin-prerender.ts';

export default defineConfig({
  plugins: [react(), appDataPlugin(), prerenderPlugin()],
  build: { target: 'es2022' },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
  },
});
