import { DatasetText } from '../../components/dataset-text.tsx';
import { RichMessage } from '../../components/rich-message.tsx';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { articleLanguage } from '../../model/dataset-words.ts';
import { localizedText } from '../../model/localized.ts';
import type { Dataset, Quote } from '../../model/schema.ts';

/**
 * The article's own words, each as a <blockquote> with the section it comes from. Keyed by place,
 * not by text: opening another country rewrites the text of the quotes already there instead of
 * building new elements (nothing in a quote keeps state). Each carries the article's `lang`; a
 * dataset's translation of it is shown after the quote, labelled, in the reader's language.
 */
export function QuoteList({ quotes, dataset }: { quotes: Quote[]; dataset: Dataset }) {
  const t = useT();
  const locale = useLocale();
  const lang = articleLanguage(dataset);
  const section = (id: string) => dataset.sections.find((s) => s.id === id);
  const sectionTitle = (id: string) => {
    const found = section(id);
    return found ? localizedText(found.title, locale) : { text: id, lang: 'en' };
  };
  const translation = (quote: Quote) =>
    locale === lang || locale === 'en' ? undefined : quote.translations?.[locale];
  return (
    <ul className="quotes">
      {quotes.map((quote, place) => (
        <li key={place}>
          <figure>
            <blockquote dir="auto" lang={lang}>
              {quote.text}
            </blockquote>
            {translation(quote) && (
              <p className="quote-translation" lang={locale} dir="auto">
                <span className="muted">{t('quote.translation')}</span> {translation(quote)}
              </p>
            )}
            <figcaption>
              <RichMessage
                id="panel.quoteSection"
                values={{ title: <DatasetText {...sectionTitle(quote.section)} /> }}
              />
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
