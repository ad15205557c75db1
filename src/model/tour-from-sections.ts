import { foldText } from './quote-text.ts';
import type { Dataset, Quote } from './schema.ts';
import type { Tour, TourStep } from './tour-schema.ts';

/** Every quote of the dataset with the countries it speaks of (the home country's own: none). */
function quotesWithCountries(d: Dataset): { quote: Quote; countries: string[] }[] {
  const none = (quote: Quote) => ({ quote, countries: [] });
  return [
    ...[...d.home.goals, ...d.home.priorities, ...d.home.principles].map(none),
    ...[...d.vectors, ...d.groups, ...d.regions, ...d.organisations].map((item) => none(item.quote)),
    ...d.partners.flatMap((p) => p.aims.map((quote) => ({ quote, countries: [p.id] }))),
  ];
}

/** Distinct quotes, minus those inside a longer one, in the article's order (the dataset's where unknown). */
function readingOrder(texts: readonly string[], body: string | undefined): string[] {
  const items = [...new Set(texts)].map((text) => ({ text, folded: foldText(text) }));
  const kept = items
    .filter((a) => !items.some((b) => b.folded.length > a.folded.length && b.folded.includes(a.folded)))
    .map((a) => a.text);
  if (!body) return kept;
  const foldedBody = foldText(body);
  const at = (text: string) => {
    const index = foldedBody.indexOf(foldText(text));
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return kept
    .map((text, order) => ({ text, order, index: at(text) }))
    .sort((a, b) => a.index - b.index || a.order - b.order)
    .map((q) => q.text);
}

/**
 * A guided tour for a dataset that brings none: one slide per section, in article order, with the
 * section's quotes (verbatim, in the order the article has them) and the countries it covers (the
 * home country first, then each partner with an aim quoted in the section). Sections without a
 * quote get no slide. Pure; the result passes `validateTour` against the dataset's own body.
 */
export function tourFromSections(d: Dataset): Tour {
  const all = quotesWithCountries(d);
  const steps: TourStep[] = d.sections.flatMap((section) => {
    const inSection = all.filter((q) => q.quote.section === section.id);
    if (inSection.length === 0) return [];
    const partners = new Set(inSection.flatMap((q) => q.countries));
    return [
      {
        id: section.id,
        title: section.title,
        section: section.id,
        quotes: readingOrder(
          inSection.map((q) => q.quote.text),
          d.source.body,
        ),
        countries: [d.home.id, ...[...partners].filter((id) => id !== d.home.id)],
      },
    ];
  });
  return { title: 'A guided tour of the article', steps };
}
