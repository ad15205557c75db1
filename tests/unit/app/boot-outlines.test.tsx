import { act } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it, vi } from 'vitest';
import type { WorldLayout } from '../../../src/geo/world-shapes.ts';

afterEach(() => {
  vi.doUnmock('virtual:world');
  vi.resetModules();
  delete document.documentElement.dataset.app;
});

/**
 * The production page ships the outlines only in its prerendered SVG (virtual:world has `d: ''`):
 * boot reads them from the page and hands them to the world before React hydrates.
 */
it('boot gives a world shipped without outlines the painted ones, and hydrates without a mismatch', async () => {
  const { App } = await import('../../../src/app/app.tsx');
  const root = document.createElement('div');
  root.id = 'root';
  root.innerHTML = renderToString(<App />);
  document.body.append(root);
  const painted = root.querySelector('path[data-outline="KGZ"]')?.getAttribute('d');
  expect(painted).toMatch(/^M/);

  vi.resetModules();
  vi.doMock('virtual:world', async (importOriginal) => {
    const { default: full } = await importOriginal<{ default: WorldLayout }>();
    return { default: { ...full, shapes: full.shapes.map((s) => ({ ...s, d: '' })) } };
  });
  const { world } = await import('../../../src/world/world.ts');
  const { boot } = await import('../../../src/boot.tsx');
  const kyrgyzstan = () => world.shapes.find((s) => s.id === 'KGZ')?.d;
  expect(kyrgyzstan()).toBe('');

  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  let reactRoot: Awaited<ReturnType<typeof boot>> | undefined;
  await act(async () => {
    reactRoot = await boot(root);
  });
  const logged = errors.mock.calls.map((call) => String(call[0]));
  errors.mockRestore();

  expect(kyrgyzstan()).toBe(painted);
  expect(logged.filter((m) => /hydrat|did(n’|n')t match/i.test(m))).toEqual([]);
  expect(root.querySelector('path[data-outline="KGZ"]')?.getAttribute('d')).toBe(painted);
  // Unmounted, not only detached: no work of React's may run after the test's window is gone.
  await act(async () => reactRoot?.unmount());
  root.remove();
});
