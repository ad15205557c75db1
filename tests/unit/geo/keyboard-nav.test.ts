import { describe, expect, it } from 'vitest';
import { type Direction, nextInDirection } from '../../../src/geo/keyboard-nav.ts';
import { selectableShapes as countries } from '../../../src/world/world.ts';

const DIRECTIONS: Direction[] = ['left', 'right', 'up', 'down'];
const nameOf = (id: string | undefined) => countries.find((c) => c.id === id)?.name;

describe('nextInDirection (arrow keys on the map)', () => {
  it('moves to the geographic neighbour in the pressed direction', () => {
    expect(nameOf(nextInDirection(countries, 'KAZ', 'left'))).toMatch(
      /Georgia|Azerbaijan|Turkmenistan|Uzbekistan/,
    );
    expect(['CHN', 'MNG', 'KGZ']).toContain(nextInDirection(countries, 'KAZ', 'right'));
    expect(nextInDirection(countries, 'KAZ', 'up')).toBe('RUS');
    expect(['UZB', 'KGZ', 'TKM', 'TJK']).toContain(nextInDirection(countries, 'KAZ', 'down'));
  });

  it('stays put at the edge of the map instead of wrapping', () => {
    const westernmost = countries.reduce((a, b) => (b.x < a.x ? b : a));
    expect(nextInDirection(countries, westernmost.id, 'left')).toBeUndefined();
  });

  it('reaches every country on the map from Kazakhstan with arrow keys alone', () => {
    const seen = new Set(['KAZ']);
    const queue = ['KAZ'];
    while (queue.length > 0) {
      const id = queue.shift() as string;
      for (const direction of DIRECTIONS) {
        const next = nextInDirection(countries, id, direction);
        if (next && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    const unreachable = countries.filter((c) => !seen.has(c.id)).map((c) => c.name);
    expect(unreachable).toEqual([]);
  });
});
