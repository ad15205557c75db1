import type { Message } from '../i18n/i18n.ts';
import { inside, problem } from './problem.ts';
import { isVerbatimQuote } from './quote-text.ts';
import type { Dataset, Quote } from './schema.ts';
import { validateDataset } from './validate-dataset.ts';
import { validateTour } from './validate-tour.ts';

/** Problems are messages naming their path, worded where they are shown. */
export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; errors: Message[] };

function allQuotes(d: Dataset): [string, Quote][] {
  return [
    ...(['goals', 'priorities', 'principles'] as const).flatMap((k) =>
      d.home[k].map((q, i): [string, Quote] => [`home.${k}[${i}]`, q]),
    ),
    ...d.partners.flatMap((p, i) => p.aims.map((q, j): [string, Quote] => [`partners[${i}].aims[${j}]`, q])),
  ];
}

/**
 * Reads a dataset file's text: JSON, then the schema, then what only the map knows (every id is a
 * country on the map) and, when the file carries its article body, that every quote is verbatim.
 * Never throws; every problem comes back with its path.
 */
export function loadDatasetText(text: string, mapIds: ReadonlySet<string>): LoadResult {
  let input: unknown;
  try {
    // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse refuses.
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      errors: [problem('dataset.notJson', '(file)', { detail: (error as Error).message })],
    };
  }
  const result = validateDataset(input);
  if (!result.ok) return result;
  const d = result.dataset;
  const errors: Message[] = [];
  if (!mapIds.has(d.home.id)) errors.push(problem('validation.notOnMap', 'home.id', { value: d.home.id }));
  d.partners.forEach((p, i) => {
    if (!mapIds.has(p.id)) errors.push(problem('validation.notOnMap', `partners[${i}].id`, { value: p.id }));
  });
  const body = d.source.body;
  if (body) {
    for (const [path, quote] of allQuotes(d)) {
      if (!isVerbatimQuote(quote.text, body))
        errors.push(problem('validation.notVerbatimInBody', `${path}.text`));
    }
  }
  if (d.tour) {
    const tour = validateTour(d.tour, {
      body,
      sections: new Set(d.sections.map((s) => s.id)),
      countries: mapIds,
    });
    if (!tour.ok) errors.push(...tour.errors.map((e) => inside('tour.', e)));
  }
  return errors.length === 0 ? result : { ok: false, errors };
}
