/** Absolute points of an SVG path made of M/m, l and z commands, as a browser would place them. */
export function absolutePoints(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let x = 0;
  let y = 0;
  for (const [, command = '', args = ''] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    const n = (args.match(/-?\d*\.?\d+/g) ?? []).map(Number);
    if (command === 'M' || command === 'm') {
      x = command === 'M' ? (n[0] ?? 0) : x + (n[0] ?? 0);
      y = command === 'M' ? (n[1] ?? 0) : y + (n[1] ?? 0);
      rings.push([[x, y]]);
    } else if (command === 'l') {
      let [cx, cy] = rings.at(-1)?.at(-1) ?? [x, y];
      for (let i = 0; i < n.length; i += 2) {
        cx += n[i] ?? 0;
        cy += n[i + 1] ?? 0;
        rings.at(-1)?.push([Math.round(cx * 10) / 10, Math.round(cy * 10) / 10]);
      }
    }
  }
  return rings;
}
