import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMapZoom } from '../../../src/features/map/use-map-zoom.ts';
import { zoomAttached } from '../../../src/features/map/zoom-library-load.ts';
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
  afterEach(() => vi.unstubAllGlobals());

  it('frames a country asked for before the zoom is attached, once it is (a ?country= link)', async () => {
    // Reduced motion: the frame is a jump, so the view can be read as soon as it is applied.
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    const refs = elements();
    const { result } = renderHook(() => useMapZoom(refs, size));
    const box: [number, number, number, number] = [600, 100, 640, 130];
    // The library is imported when the map mounts: not attached yet in this same task.
    result.current.frame(box);
    expect(result.current.view()).toEqual({ k: 1, x: 0, y: 0 });
    await act(() => zoomAttached());
    const expected = constrainView(frameWithContext(box, { ...size, pxPerUnit: 1 }), limits);
    const view = result.current.view();
    expect(view.k).toBeGreaterThan(2);
    expect(view.k).toBeCloseTo(expected.k, 6);
    expect(view.x).toBeCloseTo(expected.x, 6);
    expect(view.y).toBeCloseTo(expected.y, 6);
  });
});
