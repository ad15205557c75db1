import type { Message } from '../i18n/i18n.ts';
import { checkReferences } from './dataset-references.ts';
import { dedupeDataset } from './dedupe-dataset.ts';
import { issueMessage } from './issue-message.ts';
import { problem } from './problem.ts';
import { type Dataset, datasetSchema } from './schema.ts';

/** Problems are messages naming their path, worded where they are shown. */
export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: Message[] };

/**
 * Parses untrusted JSON into a Dataset, then checks cross-references, then drops repeated entries
 * that say nothing new (dedupe-dataset.ts). Never throws, so the app can show a readable error
 * list for a hand-edited data file instead of a blank page.
 */
export function validateDataset(input: unknown): ValidationResult {
  try {
    const parsed = datasetSchema.safeParse(input);
    if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(issueMessage) };
    const errors = checkReferences(parsed.data);
    return errors.length === 0 ? { ok: true, dataset: dedupeDataset(parsed.data) } : { ok: false, errors };
  } catch (e) {
    return {
      ok: false,
      errors: [
        problem('validation.couldNotValidate', '(root)', {
          detail: e instanceof Error ? e.message : String(e),
        }),
      ],
    };
  }
}
