import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMapZoom } from '../../../src/features/map/use-map-zoom.ts';
import * as load from '../../../src/features/map/zoom-library-load.ts';
import { constrainView } from '../../../src/geo/zoom-machine.ts';
import { frameWithContext } from '../../../src/geo/zoom-to-box.ts';

const size = { width: 960, height: 500 };
const limits = { ...size, minK: 1, maxK: 40 };
const SVG = 'http://www.w3.org/2000/svg';

/** A stage laid out at the map's own size (jsdom lays nothing out): one map unit is one CSS px. */
function elements() {
  const stage = document.createElement('div');
  stage.getBoundingClientRect = () => DOMRect.fromRect(size);
  const svg = document.createElementNS(SVG, 'svg');
  const layer = document.createElementNS(SVG, 'g');
  svg.append(layer);
  stage.append(svg);
  document.body.append(stage);
  return { stageRef: { current: stage }, svgRef: { current: svg }, layerRef: { current: layer } };
}

describe('useMapZoom before d3-zoom has loaded', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('frames a country asked for before the zoom is attached, once it is (a ?country= link)', async () => {
    // Reduced motion: the frame is a jump, so the view can be read as soon as it is applied.
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    const refs = elements();
    const { result } = renderHook(() => useMapZoom(refs, size));
    const box: [number, number, number, number] = [600, 100, 640, 130];
    // The library is imported when the map mounts: not attached yet in this same task.
    result.current.frame(box);
    expect(result.current.view()).toEqual({ k: 1, x: 0, y: 0 });
    await act(() => load.zoomAttached());
    const expected = constrainView(frameWithContext(box, { ...size, pxPerUnit: 1 }), limits);
    const view = result.current.view();
    expect(view.k).toBeGreaterThan(2);
    expect(view.k).toBeCloseTo(expected.k, 6);
    expect(view.x).toBeCloseTo(expected.x, 6);
    expect(view.y).toBeCloseTo(expected.y, 6);
  });
});

/** The zoom library's chunk fails to arrive `times` times (a school network dropping a request), then loads. */
function failingLoads(times: number) {
  const real = load.loadZoomLibrary;
  let left = times;
  return vi.spyOn(load, 'loadZoomLibrary').mockImplementation(() => {
    if (left-- > 0) return Promise.reject(new Error('Failed to fetch dynamically imported module'));
    return real();
  });
}

describe('useMapZoom when the zoom library does not arrive', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('tries again when the user presses a zoom button, and does what was asked', async () => {
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    const loads = failingLoads(1);
    const { result } = renderHook(() => useMapZoom(elements(), size));
    await act(() => load.zoomAttached());
    expect(loads).toHaveBeenCalledTimes(1);
    act(() => result.current.zoomBy(2));
    await act(() => load.zoomAttached());
    expect(loads).toHaveBeenCalledTimes(2);
    expect(result.current.view().k).toBeCloseTo(2, 6);
  });

  it('tries again on the next gesture on the map', async () => {
    const loads = failingLoads(1);
    const refs = elements();
    renderHook(() => useMapZoom(refs, size));
    await act(() => load.zoomAttached());
    expect(loads).toHaveBeenCalledTimes(1);
    act(() => {
      refs.stageRef.current.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    });
    await act(() => load.zoomAttached());
    expect(loads).toHaveBeenCalledTimes(2);
  });
});
