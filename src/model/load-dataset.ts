import { isVerbatimQuote } from './quote-text.ts';
import type { Dataset, Quote } from './schema.ts';
import { validateDataset } from './validate-dataset.ts';
import { validateTour } from './validate-tour.ts';

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

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
    return { ok: false, errors: [`(file): not valid JSON: ${(error as Error).message}`] };
  }
  const result = validateDataset(input);
  if (!result.ok) return result;
  const d = result.dataset;
  const errors: string[] = [];
  if (!mapIds.has(d.home.id)) errors.push(`home.id: "${d.home.id}" is not a country on the map`);
  d.partners.forEach((p, i) => {
    if (!mapIds.has(p.id)) errors.push(`partners[${i}].id: "${p.id}" is not a country on the map`);
  });
  const body = d.source.body;
  if (body) {
    for (const [path, quote] of allQuotes(d)) {
      if (!isVerbatimQuote(quote.text, body)) errors.push(`${path}.text: not found verbatim in source.body`);
    }
  }
  if (d.tour) {
    const tour = validateTour(d.tour, {
      body,
      sections: new Set(d.sections.map((s) => s.id)),
      countries: mapIds,
    });
    if (!tour.ok) errors.push(...tour.errors.map((e) => `tour.${e}`));
  }
  return errors.length === 0 ? result : { ok: false, errors };
}
