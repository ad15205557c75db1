import { describe, expect, it } from 'vitest';
import { formatTable, verdict } from '../../bench/report.mjs';
import { median, percentile } from '../../bench/stats.mjs';

describe('bench statistics', () => {
  it('takes the nearest-rank percentile and the median, ignoring what is not a number', () => {
    const values = [5, 1, 4, 2, 3, Number.NaN];
    expect(percentile(values, 95)).toBe(5);
    expect(percentile(values, 40)).toBe(2);
    expect(median(values)).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('bench verdicts', () => {
  it('passes at or under a maximum, fails over it', () => {
    expect(verdict(1, { max: 1 })).toBe('pass');
    expect(verdict(1.01, { max: 1 })).toBe('fail');
    expect(verdict(Number.NaN, { max: 1 })).toBe('n/a');
  });

  it('tells the target from the floor', () => {
    expect(verdict(0.55, { target: 0.6, floor: 1 })).toBe('pass');
    expect(verdict(0.86, { target: 0.6, floor: 1 })).toBe('floor only');
    expect(verdict(1.05, { target: 0.6, floor: 1 })).toBe('fail');
  });
});

const load = (timeToMap: number) => ({
  timeToMap,
  timeToInteractive: timeToMap * 2,
  bytes: { js: 100 * 1024, css: 0, data: 0, html: 0, other: 0, total: 160 * 1024, requests: 3 },
  heap: 1024 ** 2,
});
/** One run: the baseline draws its map in `base` ms; the others in proportion. */
const run = (base: number, answerApp: number, answerPeer: number) => ({
  app: load(base * 0.8),
  baseline: load(base),
  peer: load(base * 1.5),
  answer: { app: base * answerApp, peer: base * answerPeer },
  deepLink: { app: base * 1.1, peer: base * 1.4 },
});

describe('bench table', () => {
  // Three runs on a machine whose speed moves: the ratios are taken per run, then their median.
  const runs = [run(500, 0.9, 1.7), run(1000, 0.95, 1.8), run(2000, 1.3, 1.6)];
  const table = formatTable({ results: { 1: runs, 4: runs }, lighthouse: null, frameKeys: [] });
  const line = (start: string) => table.split('\n').find((l) => l.startsWith(`| ${start}`)) ?? '';

  it('gives the answer as a ratio to the same run’s bare time to map, with its verdict', () => {
    expect(line('Time to answer')).toContain('(0.95×) / ');
    expect(line('Time to answer')).toContain('(1.70×)');
    expect(line('Time to answer').endsWith('| pass |')).toBe(true);
  });

  it('passes the deep link at 1.1× and marks time to map between target and floor', () => {
    expect(line('Deep-link panel')).toContain('(1.10×)');
    expect(line('Deep-link panel').endsWith('| pass |')).toBe(true);
    expect(line('Time to map, ratio')).toContain('0.80× (1.50×)');
    expect(line('Time to map, ratio').endsWith('| floor only |')).toBe(true);
  });

  it('fails an answer later than the peer’s even under 1.0×', () => {
    const slower = [run(1000, 0.9, 0.8)];
    const text = formatTable({ results: { 1: slower, 4: slower }, lighthouse: null, frameKeys: [] });
    expect(
      text
        .split('\n')
        .find((l) => l.startsWith('| Time to answer'))
        ?.endsWith('| fail |'),
    ).toBe(true);
  });

  it('says which rows were skipped rather than inventing a value', () => {
    expect(line('Click -> panel painted, p95')).toContain('| skipped | skipped |');
    expect(line('Click -> panel painted, p95').endsWith('| n/a |')).toBe(true);
  });
});
