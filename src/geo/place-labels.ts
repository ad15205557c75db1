/** A country's name that may go on the map. Coordinates in map units (the viewBox's). */
export type LabelCandidate = {
  /** ISO 3166-1 alpha-3. */
  id: string;
  text: string;
  /** The label point of an outline (label-points.ts), or a small state's dot. */
  x: number;
  y: number;
  /** Half-axes of the room for text around (x, y); 0 for a small state, named beside its dot. */
  rx: number;
  ry: number;
  kind: 'shape' | 'marker';
  /**
   * 0 the home country, 1 the selected country or the slide's (shown whatever the zoom, if nothing
   * above them is in the way), 2 a country the article covers, 3 any other.
   */
  rank: number;
};

/** The view to place for. Screen = unit · (k · point + (x, y)), in CSS px from the map's corner. */
export type LabelView = {
  k: number;
  x: number;
  y: number;
  /** CSS px per map unit at k = 1 (the map's <svg> fits its viewBox in its box). */
  unit: number;
  /** The map's box in CSS px: labels whose point is outside it are not placed. */
  width: number;
  height: number;
  /**
   * What shows on screen, when it is more than the map's box (a stage taller or wider than the
   * map, which the map fills when zoomed): [left, top, right, bottom] in CSS px, same origin.
   */
  frame?: Box;
  /** The names' font size, in CSS px. */
  fontSize: number;
  /** On-screen radius of a small state's dot, in CSS px: no name may cover one. */
  markerRadius: number;
  /** Boxes on screen (CSS px, same origin) that names keep clear of: the zoom buttons over the map. */
  avoid?: readonly Box[];
};

/** A name to draw: `anchor` is where its text-anchor sits, in map units; `box` is on screen, in CSS px. */
export type PlacedLabel = {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'middle' | 'start' | 'end';
  box: Box;
};

/** [x0, y0, x1, y1] in CSS px. */
export type Box = [number, number, number, number];

/** Width of `text` at `fontSize` CSS px, in CSS px. */
export type Measure = (text: string, fontSize: number) => number;

/**
 * A name may be up to this many times as wide and tall as its room: the room is the largest
 * ellipse inside the country, much smaller than the country, and the halo keeps text legible
 * where it crosses a border; collisions, not this, keep the map uncluttered.
 */
const SPILL = 2;
/** Zoom (CSS px per map unit) from which small states are named: dots are then far enough apart. */
export const MARKER_NAME_SCALE = 3.5;
/** Clear space kept around every name and dot, CSS px. */
const PAD = 1.5;
/** Gap between a dot and its name, CSS px. */
const GAP = 3;

export const overlaps = (a: Box, b: Box): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Placing order: rank, then the larger room (the larger country), then id, so ties are stable. */
export const labelOrder = (a: LabelCandidate, b: LabelCandidate): number =>
  a.rank - b.rank || b.rx * b.ry - a.rx * a.ry || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Wholly on the map: a name cut by its edge ("…echia") is left for a view that shows it all. */
const within = (b: Box, view: LabelView) => {
  const [left, top, right, bottom] = frameOf(view);
  return b[0] >= left && b[1] >= top && b[2] <= right && b[3] <= bottom;
};

const frameOf = (view: LabelView): Box => view.frame ?? [0, 0, view.width, view.height];

const padded = (b: Box): Box => [b[0] - PAD, b[1] - PAD, b[2] + PAD, b[3] + PAD];

/** Where `c`'s name could go on screen, best first (a small state's: right of its dot, then left). */
function spots(c: LabelCandidate, view: LabelView, width: number, height: number) {
  const sx = view.unit * (view.k * c.x + view.x);
  const sy = view.unit * (view.k * c.y + view.y);
  const y0 = sy - height / 2;
  if (c.kind === 'shape') {
    // At its point; else a line higher or lower, while that stays in its room (always, for a name
    // that must show: the home country's, with Europe's small states to its west on a phone).
    const room = c.rank <= 1 ? 2 * height : c.ry * view.k * view.unit;
    const stacked = [0, -height, height, -2 * height, 2 * height]
      .filter((dy) => Math.abs(dy) <= room)
      .map((dy) => ({
        anchor: 'middle' as const,
        sx,
        box: [sx - width / 2, y0 + dy, sx + width / 2, y0 + dy + height] as Box,
      }));
    // A name that must show (a slide's country between its neighbours' names) may also sit beside
    // its point, starting or ending there.
    if (c.rank > 1) return stacked;
    return [
      ...stacked,
      { anchor: 'start' as const, sx, box: [sx, y0, sx + width, y0 + height] as Box },
      { anchor: 'end' as const, sx, box: [sx - width, y0, sx, y0 + height] as Box },
    ];
  }
  const off = view.markerRadius + GAP;
  return [
    { anchor: 'start' as const, sx: sx + off, box: [sx + off, y0, sx + off + width, y0 + height] as Box },
    { anchor: 'end' as const, sx: sx - off, box: [sx - off - width, y0, sx - off, y0 + height] as Box },
  ];
}

/** Is `c` named at this zoom at all (before looking for room)? Ranks 0 and 1 always are. */
function wanted(c: LabelCandidate, view: LabelView, width: number, height: number): boolean {
  if (c.rank <= 1) return true;
  const scale = view.k * view.unit;
  if (c.kind === 'marker') return scale >= MARKER_NAME_SCALE;
  return width <= 2 * c.rx * scale * SPILL && height <= 2 * c.ry * scale * SPILL;
}

/**
 * The names to show at `view`: greedy in `labelOrder`, each at its first spot that covers no dot
 * and no name placed before it (vega-label's rule, with a plain list: a world has under 250 names).
 * Pure and deterministic: the same candidates in any order give the same names.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  view: LabelView,
  measure: Measure,
): PlacedLabel[] {
  const height = view.fontSize * 1.2;
  const inView = (c: LabelCandidate) => {
    const sx = view.unit * (view.k * c.x + view.x);
    const sy = view.unit * (view.k * c.y + view.y);
    const [left, top, right, bottom] = frameOf(view);
    return sx >= left && sy >= top && sx <= right && sy <= bottom;
  };
  const visible = candidates.filter(inView);
  const r = view.markerRadius;
  // Every dot, even one just outside the view: a name at the edge must not cover half of it.
  const taken: Box[] = candidates
    .filter((c) => c.kind === 'marker')
    .map((c) => {
      const sx = view.unit * (view.k * c.x + view.x);
      const sy = view.unit * (view.k * c.y + view.y);
      return padded([sx - r, sy - r, sx + r, sy + r]);
    })
    .concat(view.avoid ?? []);
  const placed: PlacedLabel[] = [];
  for (const c of [...visible].sort(labelOrder)) {
    const width = measure(c.text, view.fontSize);
    if (!wanted(c, view, width, height)) continue;
    const spot = spots(c, view, width, height).find(
      (s) => (c.rank <= 1 || within(s.box, view)) && !taken.some((t) => overlaps(padded(s.box), t)),
    );
    if (!spot) continue;
    taken.push(padded(spot.box));
    const toMap = (s: number, t: number) => (s / view.unit - t) / view.k;
    placed.push({
      id: c.id,
      text: c.text,
      x: toMap(spot.sx, view.x),
      y: toMap((spot.box[1] + spot.box[3]) / 2, view.y),
      anchor: spot.anchor,
      box: spot.box,
    });
  }
  return placed;
}
