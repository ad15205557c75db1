export type Direction = 'left' | 'right' | 'up' | 'down';
type Point = { id: string; x: number; y: number };

const AXES: Record<Direction, [number, number]> = {
  right: [1, 0],
  left: [-1, 0],
  down: [0, 1],
  up: [0, -1],
};

/**
 * The nearest country in a direction on the map, for arrow-key navigation: candidates lie in a
 * 120° cone around the direction; distance off the axis costs twice as much as distance along it.
 */
export function nextInDirection(
  points: readonly Point[],
  fromId: string,
  direction: Direction,
): string | undefined {
  const from = points.find((p) => p.id === fromId);
  if (!from) return points[0]?.id;
  const [ax, ay] = AXES[direction];
  let best: { id: string; score: number } | undefined;
  for (const p of points) {
    if (p.id === from.id) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    if (along <= 0 || across > along * Math.sqrt(3)) continue;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { id: p.id, score };
  }
  return best?.id;
}
