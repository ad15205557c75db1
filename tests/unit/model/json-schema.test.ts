// @vitest-environment node
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { datasetSchema } from '../../../src/model/schema.ts';

const FILE = new URL('../../../data/dataset.schema.json', import.meta.url);

/** data/dataset.schema.json is generated from the zod schema; `npm run schema` rewrites it. */
describe('data/dataset.schema.json', () => {
  const generated = `${JSON.stringify(
    {
      title: 'Foreign-policy map dataset',
      ...z.toJSONSchema(datasetSchema, { io: 'input' }),
    },
    null,
    2,
  )}\n`;

  it('matches the zod schema the app validates with', () => {
    if (process.env.UPDATE_SCHEMA) writeFileSync(FILE, generated);
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(JSON.parse(generated));
  });
});
