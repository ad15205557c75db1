import { useLocale } from '../../i18n/use-t.ts';
import { articleLanguage } from '../../model/dataset-words.ts';
import { groupFilterId, organisationMembers } from '../../model/filters.ts';
import { formatDate } from '../../model/format-date.ts';
import { localized } from '../../model/localized.ts';
import { type MembershipDetail, membersWithStatus, statusCounts } from '../../model/partner-notes.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useMembershipDate } from '../../store/use-matching.ts';
import { countryName } from '../../world/world.ts';

/**
 * For each chosen organisation: its full name, the article's sentence, and its members on the date
 * in force with each one's status and note ("9 members, 1 associate, 1 participating state"), not
 * only a count.
 */
export function OrganisationCards() {
  const dataset = useAppStore((s) => s.dataset);
  const chosen = useAppStore((s) => s.filters.org);
  const date = useMembershipDate();
  const locale = useLocale();
  if (chosen.length === 0) return null;
  return (
    <ul className="org-cards">
      {chosen.map((id) => {
        const group = dataset.groups.find((g) => groupFilterId(g) === id);
        const org = dataset.organisations.find((o) => o.id === id);
        const name = group
          ? localized(group.name, locale)
          : org
            ? `${localized(org.fullName, locale)} (${localized(org.acronym, locale)})`
            : id;
        const quote = group?.quote ?? org?.quote;
        const members: MembershipDetail[] = org
          ? membersWithStatus(org, date)
          : organisationMembers(dataset, id, date).map((m) => ({
              id: m,
              status: 'member',
              note: group?.departures?.find((d) => d.id === m)?.note,
            }));
        const home = members.some((m) => m.id === dataset.home.id)
          ? `, ${countryName(dataset.home.id)} included`
          : '';
        const byName = [...members].sort((a, b) => countryName(a.id).localeCompare(countryName(b.id)));
        return (
          <li key={id} className="org-card">
            <h3 dir="auto">{name}</h3>
            <p>
              {statusCounts(members)} on {formatDate(date, locale)}
              {home}
            </p>
            <details className="org-card__members">
              <summary>Members, status and notes</summary>
              <ul>
                {byName.map((m) => (
                  <li key={m.id} data-status={m.status}>
                    {countryName(m.id)}
                    {m.status !== 'member' && <strong> ({m.status})</strong>}
                    {m.note && <span className="muted">: {m.note}</span>}
                    {m.checked && <span className="muted"> Checked {formatDate(m.checked, locale)}.</span>}
                  </li>
                ))}
              </ul>
            </details>
            {quote && (
              <figure>
                <blockquote dir="auto" lang={articleLanguage(dataset)}>
                  {quote.text}
                </blockquote>
                <figcaption>The article</figcaption>
              </figure>
            )}
          </li>
        );
      })}
    </ul>
  );
}
