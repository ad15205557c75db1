import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EARLY_PANEL_ID, EarlyPanel } from '../../../src/app/early-panel.tsx';
import { useAppReady } from '../../../src/app/use-app-ready.ts';
import { zoomAttached } from '../../../src/features/map/zoom-library-load.ts';
import { useAppStore } from '../../../src/store/app-store.ts';

/** What the built page's inline script puts in the slot before the app starts. */
const fillEarly = () => {
  const slot = document.getElementById(EARLY_PANEL_ID);
  if (!slot) throw new Error('no early panel slot');
  slot.innerHTML = '<aside aria-labelledby="t"><h2 id="t">Russia</h2><blockquote>q</blockquote></aside>';
  return slot;
};

function Ready() {
  useAppReady();
  return null;
}

describe('EarlyPanel', () => {
  it('keeps the prerendered panel through re-renders until a country is selected, then empties', () => {
    const { rerender } = render(<EarlyPanel />);
    const slot = fillEarly();
    rerender(<EarlyPanel />);
    expect(slot.querySelector('blockquote')?.textContent).toBe('q');
    act(() => useAppStore.getState().select('RUS', 'map'));
    expect(slot.childElementCount).toBe(0);
  });

  it('is emptied once the app has hydrated if nothing ended up selected; ready follows the zoom', async () => {
    delete document.documentElement.dataset.app;
    const { rerender } = render(<EarlyPanel />);
    const slot = fillEarly();
    rerender(
      <>
        <EarlyPanel />
        <Ready />
      </>,
    );
    expect(document.documentElement.dataset.app).toBe('hydrated');
    expect(slot.childElementCount).toBe(0);
    // No map here, so no zoom to wait for.
    await act(() => zoomAttached());
    expect(document.documentElement.dataset.app).toBe('ready');
    delete document.documentElement.dataset.app;
  });
});
