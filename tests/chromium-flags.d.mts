/** Types of tests/chromium-flags.mjs, for the TypeScript browser tests. */
export declare const PLAYWRIGHT_DISABLED_FEATURES: readonly string[];
export declare const chromiumArgs: string[];
