import { useLocale } from '../../i18n/use-t.ts';
import { formatDate } from '../../model/format-date.ts';
import { localized } from '../../model/localized.ts';
import { membershipOf } from '../../model/partner-notes.ts';
import type { Organisation } from '../../model/schema.ts';

/**
 * Shared organisations on the dataset's date: acronym and full name, the country's status where it
 * is not full membership ("CIS, associate"), and the record's notes; chips keyed by place (see QuoteList).
 */
export function OrganisationList({
  organisations,
  asOf,
  countryId,
}: {
  organisations: Organisation[];
  asOf: string;
  countryId: string;
}) {
  const locale = useLocale();
  if (organisations.length === 0)
    return <p className="muted">None of the article's organisations on {formatDate(asOf, locale)}.</p>;
  const details = organisations.map((org) => ({ org, m: membershipOf(org, countryId, asOf) }));
  const noted = details.filter(({ m }) => m?.note);
  return (
    <>
      <ul className="chips">
        {details.map(({ org, m }, place) => (
          <li key={place} className="chip" title={localized(org.fullName, locale)}>
            <abbr title={localized(org.fullName, locale)} dir="auto">
              {localized(org.acronym, locale)}
            </abbr>
            <span className="visually-hidden">
              {' '}
              (<span dir="auto">{localized(org.fullName, locale)}</span>)
            </span>
            {m && m.status !== 'member' && <>, {m.status}</>}
          </li>
        ))}
      </ul>
      {noted.length > 0 && (
        <details className="panel__org-notes">
          <summary>Membership notes ({noted.length})</summary>
          <ul>
            {noted.map(({ org, m }) => (
              <li key={org.id}>
                <strong dir="auto">{localized(org.acronym, locale)}</strong>
                {m?.status !== 'member' ? ` (${m?.status})` : ''}: <span dir="auto">{m?.note}</span>
                {m?.checked && <span className="muted"> Checked {formatDate(m.checked, locale)}.</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
