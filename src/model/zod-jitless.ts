import { z } from 'zod';

// No code generation: under the strict CSP (script-src 'self') zod's probe for `new Function`
// is reported as a securitypolicyviolation even though zod catches it and falls back. zod reads
// the setting when a schema is built, so every schema module imports `z` from here, never 'zod'.
z.config({ jitless: true });

export { z };
