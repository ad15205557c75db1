import { DatasetText } from '../../components/dataset-text.tsx';
import type { Translate } from '../../i18n/i18n.ts';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { collatorFor } from '../../model/collator.ts';
import { articleLanguage } from '../../model/dataset-words.ts';
import { groupFilterId, organisationMembers } from '../../model/filters.ts';
import { formatDate } from '../../model/format-date.ts';
import { localizedText } from '../../model/localized.ts';
import { type MembershipDetail, membersWithStatus } from '../../model/partner-notes.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useMembershipDate } from '../../store/use-matching.ts';
import { useCountryName } from '../../world/use-country-name.ts';

/**
 * "9 members, 1 associate, 1 participating state": a count that does not hide the statuses, each a
 * plural in the interface's language; a status nobody has is left out.
 */
function statusCounts(members: readonly MembershipDetail[], t: Translate): string {
  const n = (s: MembershipDetail['status']) => members.filter((m) => m.status === s).length;
  const parts = [
    n('member') > 0 && t('filters.countMembers', { count: n('member') }),
    n('associate') > 0 && t('filters.countAssociates', { count: n('associate') }),
    n('participating') > 0 && t('filters.countParticipating', { count: n('participating') }),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : t('filters.countMembers', { count: 0 });
}

/**
 * For each chosen organisation: its full name, the article's sentence, and its members on the date
 * in force with each one's status and note ("9 members, 1 associate, 1 participating state"), not
 * only a count.
 */
export function OrganisationCards() {
  const t = useT();
  const dataset = useAppStore((s) => s.dataset);
  const chosen = useAppStore((s) => s.filters.org);
  const date = useMembershipDate();
  const countryName = useCountryName();
  const locale = useLocale();
  const { compare } = collatorFor(locale);
  if (chosen.length === 0) return null;
  return (
    <ul className="org-cards">
      {chosen.map((id) => {
        const group = dataset.groups.find((g) => groupFilterId(g) === id);
        const org = dataset.organisations.find((o) => o.id === id);
        const name = group ? (
          <DatasetText {...localizedText(group.name, locale)} inherit />
        ) : org ? (
          <>
            <DatasetText {...localizedText(org.fullName, locale)} inherit /> (
            <DatasetText {...localizedText(org.acronym, locale)} inherit />)
          </>
        ) : (
          id
        );
        const quote = group?.quote ?? org?.quote;
        const members: MembershipDetail[] = org
          ? membersWithStatus(org, date)
          : organisationMembers(dataset, id, date).map((m) => ({
              id: m,
              status: 'member',
              note: group?.departures?.find((d) => d.id === m)?.note,
            }));
        const counts = { counts: statusCounts(members, t), date: formatDate(date, locale) };
        const summary = members.some((m) => m.id === dataset.home.id)
          ? t('filters.membersOnWithHome', { ...counts, home: countryName(dataset.home.id) })
          : t('filters.membersOn', counts);
        const byName = [...members].sort((a, b) => compare(countryName(a.id), countryName(b.id)));
        return (
          <li key={id} className="org-card">
            <h3 dir="auto">{name}</h3>
            <p>{summary}</p>
            <details className="org-card__members">
              <summary>{t('filters.members')}</summary>
              <ul>
                {byName.map((m) => (
                  <li key={m.id} data-status={m.status}>
                    {countryName(m.id)}
                    {m.status !== 'member' && (
                      <strong>
                        {' '}
                        (
                        {t(
                          m.status === 'associate'
                            ? 'filters.statusAssociate'
                            : 'filters.statusParticipating',
                        )}
                        )
                      </strong>
                    )}
                    {m.note && (
                      <span className="muted">
                        : <DatasetText {...localizedText(m.note, locale)} />
                      </span>
                    )}
                    {m.checked && (
                      <span className="muted">
                        {' '}
                        {t('filters.checked', { date: formatDate(m.checked, locale) })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </details>
            {quote && (
              <figure>
                <blockquote dir="auto" lang={articleLanguage(dataset)}>
                  {quote.text}
                </blockquote>
                <figcaption>{t('filters.theArticle')}</figcaption>
              </figure>
            )}
          </li>
        );
      })}
    </ul>
  );
}
