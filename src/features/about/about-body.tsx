import { RichMessage } from '../../components/rich-message.tsx';
import { TERRITORY_CASES } from '../../geo/territories.ts';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { formatDate } from '../../model/format-date.ts';
import { httpUrl } from '../../model/safe-url.ts';
import { useAppStore } from '../../store/app-store.ts';
import { TERRITORY_WORDS } from './territory-words.ts';

export function AboutBody() {
  const t = useT();
  const source = useAppStore((s) => s.dataset.source);
  const asOf = useAppStore((s) => s.dataset.asOf);
  const locale = useLocale();
  const link = httpUrl(source.url);
  return (
    <>
      <p>
        <RichMessage
          id="about.source"
          values={{
            title: <span dir="auto">{source.title}</span>,
            author: <span dir="auto">{source.author}</span>,
            role: <span dir="auto">{source.authorRole}</span>,
            date: formatDate(source.published, locale),
            publication: <span dir="auto">{source.publication}</span>,
            subject: <span dir="auto">{source.subject}</span>,
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
        <li>{t('about.borders')}</li>
        <li>{t('about.smallStates')}</li>
        <li>{t('about.names')}</li>
      </ul>
      <h3>{t('about.territoriesHeading')}</h3>
      <p>{t('about.territoriesRule')}</p>
      <ul className="about__territories">
        {TERRITORY_CASES.map((c) => {
          const words = TERRITORY_WORDS[c.name];
          return (
            <li key={c.name}>
              <strong>{words ? t(words.name) : c.name}</strong>: {words ? t(words.reason) : c.reason}
            </li>
          );
        })}
      </ul>
    </>
  );
}
