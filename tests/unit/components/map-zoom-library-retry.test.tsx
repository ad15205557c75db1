import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMapZoom } from '../../../src/features/map/use-map-zoom.ts';
import * as load from '../../../src/features/map/zoom-library-load.ts';

const size = { width: 960, height: 500 };
const SVG = 'http://www.w3.org/2000/svg';

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
