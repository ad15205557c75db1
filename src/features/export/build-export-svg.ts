import type { MapPicture } from '../../components/map-handle.ts';
import { t } from '../../i18n/i18n.ts';
import type { MapRelation } from '../../model/country-status.ts';
import { relationLabel } from '../../model/labels.ts';
import { textDirection } from '../../model/text-direction.ts';
import { relationColours } from '../../styles/palette.ts';

/**
 * The picture's words. `groupLabel`: the legend's entry for countries covered through a group, in
 * the dataset's words; `regionLabel`: the entry for those covered only by a regional phrase.
 */
export type ExportText = {
  title: string;
  subtitle: string;
  source: string;
  groupLabel: string;
  regionLabel: string;
  /** The legend's relation names in the reader's language; the active catalog's when absent. */
  relations?: Readonly<Record<MapRelation, string>>;
};

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEADER = 64;
const FOOTER = 92;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Arial, sans-serif';
const RELATIONS: MapRelation[] = ['home', 'alliance', 'strategic-partnership', 'cooperation', 'none'];
/** Painting properties copied from the page's CSS onto each shape, so the file needs no stylesheet. */
const PAINT = ['fill', 'stroke', 'stroke-width', 'opacity', 'fill-opacity', 'vector-effect'] as const;
/** What a map label (<text>) takes from the page's CSS: its font and its halo. */
const TEXT_STYLE = [
  'font-family',
  'font-size',
  'font-weight',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linejoin',
  'paint-order',
] as const;

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** Computed `url("http://host/page#id")` back to `url(#id)`, which works inside a standalone file. */
const localUrl = (value: string) => value.replace(/url\(\s*["']?[^#"')]*#([^"')]+)["']?\s*\)/g, 'url(#$1)');

/**
 * Clones an on-screen SVG element and writes its computed paint (and, on text, its font) as
 * attributes; drops the app's ARIA and handlers.
 */
function inlinePaint<T extends SVGElement>(live: T): T {
  const clone = live.cloneNode(true) as T;
  const liveNodes = [live, ...live.querySelectorAll('*')];
  const cloneNodes = [clone, ...clone.querySelectorAll('*')];
  liveNodes.forEach((node, i) => {
    const copy = cloneNodes[i];
    if (!copy) return;
    for (const attribute of [
      'role',
      'tabindex',
      'aria-label',
      'aria-current',
      'aria-hidden',
      'style',
      'class',
    ]) {
      copy.removeAttribute(attribute);
    }
    if (node.localName === 'text') {
      const style = getComputedStyle(node);
      for (const property of TEXT_STYLE) {
        const value = style.getPropertyValue(property);
        if (value) copy.setAttribute(property, value);
      }
      return;
    }
    if (!(node instanceof SVGGeometryElement)) return;
    const style = getComputedStyle(node);
    for (const property of PAINT) {
      const value = style.getPropertyValue(property);
      if (value && value !== 'none' && !(property === 'vector-effect' && value === 'none')) {
        copy.setAttribute(property, localUrl(value));
      } else if (property === 'fill' || property === 'stroke') copy.setAttribute(property, 'none');
    }
    if (node instanceof SVGCircleElement)
      copy.setAttribute('r', String(Number.parseFloat(style.getPropertyValue('r')) || 0));
  });
  return clone;
}

/**
 * One line of text. SVG has no dir="auto": a line whose first strong character is right-to-left
 * gets direction="rtl", and is anchored at the mirrored margin (`width - x`, where it starts) or,
 * in a left-to-right row such as the legend (`width` absent), still to the right of `x`.
 */
function text(x: number, y: number, size: number, content: string, weight = 400, width?: number): string {
  const rtl = textDirection(content) === 'rtl';
  const at = rtl && width !== undefined ? width - x : x;
  const bidi = rtl
    ? ` direction="rtl" unicode-bidi="embed" text-anchor="${width === undefined ? 'end' : 'start'}"`
    : '';
  return `<text x="${at}" y="${y}"${bidi} font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="#1b1b1f">${escapeXml(content)}</text>`;
}

/** Relation swatches (colour) and coverage swatches (texture), the same two channels as the app's legend. */
function legend(y: number, width: number, { groupLabel, regionLabel, relations }: ExportText): string {
  const items: { fill: string; label: string }[] = [
    ...RELATIONS.map((r) => ({
      fill: relationColours[r],
      label: relations?.[r] ?? relationLabel(r, t, 'en'),
    })),
    { fill: 'url(#cov-group-cooperation)', label: groupLabel },
    { fill: 'url(#cov-region-cooperation)', label: regionLabel },
  ];
  // A flowing row, wrapped by an estimate of each label's width (no text metrics outside a page).
  let x = 16;
  let row = y;
  return items
    .map((item) => {
      const itemWidth = 22 + item.label.length * 7.4 + 20;
      if (x + itemWidth > width - 8 && x > 16) {
        x = 16;
        row += 24;
      }
      const markup = `<rect x="${x}" y="${row - 13}" width="16" height="16" rx="2" fill="${item.fill}" stroke="#1b1b1f"/>${text(x + 22, row, 13, item.label)}`;
      x += itemWidth;
      return markup;
    })
    .join('');
}

/**
 * The current map view as one standalone SVG: title, the map exactly as framed on screen, legend
 * and source line. Sizes are the map's on-screen CSS pixels (PNG export doubles them).
 */
export function buildExportSvg(
  { svg: live, overlay, sea }: MapPicture,
  words: ExportText,
): { svg: string; width: number; height: number } {
  const width = Math.max(320, Math.round(live.clientWidth));
  const mapHeight = Math.max(160, Math.round(live.clientHeight));
  const height = HEADER + mapHeight + FOOTER;
  const map = inlinePaint(live);
  if (overlay) map.append(inlinePaint(overlay));
  map.setAttribute('x', '0');
  map.setAttribute('y', String(HEADER));
  map.setAttribute('width', String(width));
  map.setAttribute('height', String(mapHeight));
  map.setAttribute('preserveAspectRatio', live.getAttribute('preserveAspectRatio') ?? 'xMidYMid meet');
  const seaFill = getComputedStyle(sea ?? live).getPropertyValue('fill') || '#f3f6f9';
  const mapMarkup = new XMLSerializer().serializeToString(map).replace(/ xmlns="[^"]*"/, '');
  const legendTop = HEADER + mapHeight + 24;
  const svg = [
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(`${words.title}: ${words.subtitle}`)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    text(16, 28, 20, words.title, 700, width),
    text(16, 52, 15, words.subtitle, 400, width),
    `<rect x="0" y="${HEADER}" width="${width}" height="${mapHeight}" fill="${seaFill}"/>`,
    mapMarkup,
    `<g class="legend">${legend(legendTop, width, words)}</g>`,
    text(16, height - 12, 12, words.source, 400, width),
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
