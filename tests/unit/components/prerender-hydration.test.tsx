import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import { App } from '../../../src/app/app.tsx';

/** The build prerenders the first view (scripts/vite-plugin-prerender.ts); it must hydrate cleanly. */
it('hydrates the prerendered first view without a mismatch, on a wide screen too', async () => {
  // A desktop browser: screen-dependent defaults must not leak into the first render.
  window.matchMedia = ((query: string) => ({
    matches: true,
    media: query,
  })) as unknown as typeof window.matchMedia;
  const container = document.createElement('div');
  container.innerHTML = renderToString(<App />);
  document.body.append(container);
  const problems: string[] = [];
  let root: ReturnType<typeof hydrateRoot> | undefined;
  await act(async () => {
    root = hydrateRoot(container, <App />, {
      onRecoverableError: (error) => problems.push(String((error as Error).message)),
    });
  });
  expect(problems).toEqual([]);
  expect(container.querySelectorAll('[data-id][role="button"]').length).toBeGreaterThan(190);
  // Unmounted, not only detached: React's scheduler ran the root's work after the test environment
  // was torn down ("window is not defined") on a busy machine.
  await act(async () => root?.unmount());
  container.remove();
  Reflect.deleteProperty(window, 'matchMedia');
});
