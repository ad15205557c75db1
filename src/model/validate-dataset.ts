import type { z } from 'zod';
import { checkReferences } from './dataset-references.ts';
import { dedupeDataset } from './dedupe-dataset.ts';
import { type Dataset, datasetSchema } from './schema.ts';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

const identifier = /^[A-Za-z_$][\w$]*$/;

/** Formats a zod issue path the way a reader writes it: `partners[3].aims[0].text`. */
export function formatIssuePath(path: PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${String(key)}]`;
    else if (identifier.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(root)' : out;
}

/** zod's own messages, minus the "Invalid input:" preamble and with enum options spelled out. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') {
    if (issue.values.length === 1) return `expected ${JSON.stringify(issue.values[0])}`;
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`;
  }
  return issue.message.replace(/^Invalid (input|option): /, '');
}

/**
 * Parses untrusted JSON into a Dataset, then checks cross-references, then drops repeated entries
 * that say nothing new (dedupe-dataset.ts). Never throws, so the app can show a readable error
 * list for a hand-edited data file instead of a blank page.
 */
export function validateDataset(input: unknown): ValidationResult {
  try {
    const parsed = datasetSchema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        errors: parsed.error.issues.map((i) => `${formatIssuePath(i.path)}: ${issueMessage(i)}`),
      };
    }
    const errors = checkReferences(parsed.data);
    return errors.length === 0 ? { ok: true, dataset: dedupeDataset(parsed.data) } : { ok: false, errors };
  } catch (e) {
    return {
      ok: false,
      errors: [`(root): could not validate: ${e instanceof Error ? e.message : String(e)}`],
    };
  }
}
