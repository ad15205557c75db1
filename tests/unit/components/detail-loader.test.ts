import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

/** How often the 1:50m asset was loaded since the last fresh(). */
const loads = { count: 0 };

/** A fresh loader and store, as a page load has them, with a stand-in for the 1:50m asset. */
async function fresh() {
  vi.resetModules();
  loads.count = 0;
  vi.doMock('virtual:world-50m', () => {
    loads.count++;
    return { default: { paths: { KAZ: 'M1 1l1 0 0 1z' }, extra: 'M5 5l1 0 0 1z' } };
  });
  const loader = await import('../../../src/features/map/detail-loader.ts');
  const { useDetail } = await import('../../../src/features/map/use-detail.ts');
  const { result } = renderHook(() => useDetail());
  const rested = (k: number) => act(() => loader.detailRested(k));
  /** Lets a pending import settle. */
  const settle = () => act(async () => {});
  return { loader, result, rested, settle };
}

describe('detail-loader', () => {
  it('loads nothing below 3×, then loads 1:50m once and draws it at rest', async () => {
    const { result, rested, settle } = await fresh();
    rested(2.9);
    await settle();
    expect(loads.count).toBe(0);
    expect(result.current).toBeNull();
    rested(3);
    await waitFor(() => expect(result.current?.paths.KAZ).toBe('M1 1l1 0 0 1z'));
    expect(result.current?.extra).toBe('M5 5l1 0 0 1z');
    rested(5);
    await settle();
    expect(loads.count).toBe(1);
  });

  it('waits for the map to rest before swapping: data that lands mid-gesture is drawn at the next rest', async () => {
    const { loader, result, rested, settle } = await fresh();
    rested(4);
    loader.detailMoving(); // a gesture starts before the file is in
    await settle();
    expect(loads.count).toBe(1);
    expect(result.current).toBeNull();
    rested(4.5);
    expect(result.current?.paths.KAZ).toBe('M1 1l1 0 0 1z');
  });

  it('keeps 1:50m between 2.5× and 3× and goes back to 1:110m below 2.5×', async () => {
    const { result, rested } = await fresh();
    rested(4);
    await waitFor(() => expect(result.current).not.toBeNull());
    rested(2.7);
    expect(result.current).not.toBeNull();
    rested(2.4);
    expect(result.current).toBeNull();
    rested(2.7);
    expect(result.current).toBeNull();
    rested(3.2);
    expect(result.current).not.toBeNull();
  });
});
