import { countryName } from '../../geo/world.ts';
import { groupFilterId, organisationMembers } from '../../model/filters.ts';
import { formatDate } from '../../model/format-date.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useMembershipDate } from '../../store/use-matching.ts';

/** For each chosen organisation: its full name, the article's sentence and its member count. */
export function OrganisationCards() {
  const dataset = useAppStore((s) => s.dataset);
  const chosen = useAppStore((s) => s.filters.org);
  const date = useMembershipDate();
  if (chosen.length === 0) return null;
  return (
    <ul className="org-cards">
      {chosen.map((id) => {
        const group = dataset.groups.find((g) => groupFilterId(g) === id);
        const org = dataset.organisations.find((o) => o.id === id);
        const name = group ? group.name : org ? `${org.fullName} (${org.acronym})` : id;
        const quote = group?.quote ?? org?.quote;
        const members = organisationMembers(dataset, id, date);
        const home = members.includes(dataset.home.id) ? `, ${countryName(dataset.home.id)} included` : '';
        return (
          <li key={id} className="org-card">
            <h3>{name}</h3>
            <p>
              {members.length} members on {formatDate(date)}
              {home}
            </p>
            {quote && (
              <figure>
                <blockquote>{quote.text}</blockquote>
                <figcaption>The article</figcaption>
              </figure>
            )}
          </li>
        );
      })}
    </ul>
  );
}
