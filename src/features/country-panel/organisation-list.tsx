import { DatasetText } from '../../components/dataset-text.tsx';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { formatDate } from '../../model/format-date.ts';
import { localized, localizedText } from '../../model/localized.ts';
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
  const t = useT();
  const locale = useLocale();
  if (organisations.length === 0)
    return <p className="muted">{t('panel.noOrganisations', { date: formatDate(asOf, locale) })}</p>;
  const details = organisations.map((org) => ({ org, m: membershipOf(org, countryId, asOf) }));
  const noted = details.filter(({ m }) => m?.note);
  return (
    <>
      <ul className="chips">
        {details.map(({ org, m }, place) => (
          <li key={place} className="chip" title={localized(org.fullName, locale)}>
            <abbr title={localized(org.fullName, locale)}>
              <DatasetText {...localizedText(org.acronym, locale)} />
            </abbr>
            <span className="visually-hidden">
              {' '}
              (<DatasetText {...localizedText(org.fullName, locale)} />)
            </span>
            {m && m.status !== 'member' && <>, {t('panel.status', { status: m.status })}</>}
          </li>
        ))}
      </ul>
      {noted.length > 0 && (
        <details className="panel__org-notes">
          <summary>{t('panel.membershipNotes', { count: noted.length })}</summary>
          <ul>
            {noted.map(({ org, m }) => (
              <li key={org.id}>
                <strong>
                  <DatasetText {...localizedText(org.acronym, locale)} />
                </strong>
                {m && m.status !== 'member' ? ` (${t('panel.status', { status: m.status })})` : ''}:{' '}
                {m?.note && <DatasetText {...localizedText(m.note, locale)} />}
                {m?.checked && (
                  <span className="muted">
                    {' '}
                    {t('panel.checked', { date: formatDate(m.checked, locale) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
