/** Types of tests/bench/stats.mjs, for its unit test. */
export declare function percentile(values: number[], p: number): number;
export declare function median(values: number[]): number;
