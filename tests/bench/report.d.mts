/** Types of tests/bench/report.mjs, for its unit test. */
export type Budget = { max: number } | { target: number; floor: number };
export declare function verdict(value: number, budget: Budget): 'pass' | 'fail' | 'floor only' | 'n/a';
export declare function formatTable(input: {
  results: Record<number, unknown[]>;
  lighthouse: unknown;
  frameKeys: string[];
}): string;
