import { RichText, slot } from '../../i18n/rich-text.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { Dataset, Quote } from '../../model/schema.ts';

/**
 * The article's own words, each as a <blockquote> with the section it comes from. Keyed by place,
 * not by text: opening another country rewrites the text of the quotes already there instead of
 * building new elements (nothing in a quote keeps state).
 */
export function QuoteList({ quotes, dataset }: { quotes: Quote[]; dataset: Dataset }) {
  const t = useT();
  const sectionTitle = (id: string) => dataset.sections.find((s) => s.id === id)?.title ?? id;
  return (
    <ul className="quotes">
      {quotes.map((quote, place) => (
        <li key={place}>
          <figure>
            <blockquote dir="auto">{quote.text}</blockquote>
            <figcaption>
              <RichText
                text={t('panel.quoteSection', { title: slot('title') })}
                slots={{ title: <span dir="auto">{sectionTitle(quote.section)}</span> }}
              />
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
