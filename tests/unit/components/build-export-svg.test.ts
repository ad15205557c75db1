import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildExportSvg } from '../../../src/features/export/build-export-svg.ts';
import { exportText } from '../../../src/features/export/export-map.ts';
import { textDirection } from '../../../src/model/text-direction.ts';

// jsdom has no SVGGeometryElement; the map is empty here, so nothing would be one.
beforeAll(() => {
  if (!('SVGGeometryElement' in globalThis)) vi.stubGlobal('SVGGeometryElement', class {});
});

/** The export's <text> elements, each with the attributes that set its direction and anchor. */
function texts(text: { title: string; subtitle: string; source: string }) {
  const words = { ...text, groupLabel: 'Through a group', regionLabel: 'Only by a regional phrase' };
  const live = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(live);
  const { svg, width } = buildExportSvg({ svg: live, overlay: null, sea: null }, words);
  live.remove();
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return {
    width,
    texts: [...doc.querySelectorAll('text')].map((t) => ({
      text: t.textContent,
      x: Number(t.getAttribute('x')),
      direction: t.getAttribute('direction'),
      unicodeBidi: t.getAttribute('unicode-bidi'),
      anchor: t.getAttribute('text-anchor'),
    })),
  };
}

describe('buildExportSvg: right-to-left text', () => {
  const arabic = 'سياسة الجار الثالث لمنغوليا (عينة 2017).';

  it('sets direction="rtl" on a line whose first strong character is RTL, anchored at the right margin', () => {
    const { width, texts: all } = texts({
      title: arabic,
      subtitle: 'Selected: United States',
      source: 'Source: x',
    });
    expect(all.find((t) => t.text === arabic)).toEqual({
      text: arabic,
      x: width - 16,
      direction: 'rtl',
      unicodeBidi: 'embed',
      anchor: 'start',
    });
  });

  it('leaves left-to-right lines as they were', () => {
    const { texts: all } = texts({
      title: 'Title',
      subtitle: 'Selected: United States',
      source: 'Source: x',
    });
    expect(all.find((t) => t.text === 'Selected: United States')).toEqual({
      text: 'Selected: United States',
      x: 16,
      direction: null,
      unicodeBidi: null,
      anchor: null,
    });
    for (const t of all) expect(t.direction).toBeNull();
  });
});

describe('exportText: a loaded dataset’s words inside the English source line', () => {
  it('isolates the author and title (and the publication when it needs it), so an Arabic title keeps its order', () => {
    const dataset = JSON.parse(readFileSync('tests/fixtures/c16-rtl.json', 'utf8'));
    const { source } = exportText({ dataset, slideTitle: null, selectedId: 'USA' });
    expect(source).toContain(
      'Source: \u2068مثال على تنسيق البيانات\u2069, “\u2068سياسة الجار الثالث لمنغوليا (عينة 2017)\u2069”, ' +
        "this project's data/examples folder,",
    );
    expect(textDirection(source)).toBe('ltr');
  });
});

describe('buildExportSvg: the map’s names', () => {
  it('keeps each label with its font and halo as attributes, since the file has no stylesheet', () => {
    const ns = 'http://www.w3.org/2000/svg';
    const live = document.createElementNS(ns, 'svg');
    const overlay = document.createElementNS(ns, 'g');
    const style = document.createElement('style');
    style.textContent =
      '.map-label { font-family: Arial; font-size: 7px; font-weight: 600; fill: #1b1b1f; stroke: #ffffff; stroke-width: 1.5px; paint-order: stroke; }';
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('class', 'map-label');
    label.setAttribute('data-label-for', 'KAZ');
    label.textContent = 'Kazakhstan';
    overlay.append(label);
    document.head.append(style);
    document.body.append(live, overlay);
    const { svg } = buildExportSvg(
      { svg: live, overlay, sea: null },
      { title: 'T', subtitle: 'S', source: 'x', groupLabel: 'g', regionLabel: 'r' },
    );
    live.remove();
    overlay.remove();
    style.remove();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const text = doc.querySelector('text[data-label-for="KAZ"]');
    expect(text?.textContent).toBe('Kazakhstan');
    expect(text?.getAttribute('class')).toBeNull();
    expect(text?.getAttribute('font-size')).toBe('7px');
    expect(text?.getAttribute('font-weight')).toBe('600');
    expect(text?.getAttribute('fill')).toMatch(/#1b1b1f|rgb\(27, 27, 31\)/);
    expect(text?.getAttribute('stroke')).toMatch(/#ffffff|#fff|rgb\(255, 255, 255\)/);
    expect(text?.getAttribute('paint-order')).toBe('stroke');
  });
});
