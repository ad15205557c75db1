import { EU_FILTER_ID, organisationMembers } from '../../model/filters.ts';
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
        const eu = id === EU_FILTER_ID ? dataset.groups.find((g) => g.id === 'european-union') : undefined;
        const org = dataset.organisations.find((o) => o.id === id);
        const name = eu ? eu.name : org ? `${org.fullName} (${org.acronym})` : id;
        const quote = eu?.quote ?? org?.quote;
        const members = organisationMembers(dataset, id, date);
        const home = members.includes(dataset.home.id) ? ', Kazakhstan included' : '';
        return (
          <li key={id} className="org-card">
            <h3 dir="auto">{name}</h3>
            <p>
              {members.length} members on {formatDate(date)}
              {home}
            </p>
            {quote && (
              <figure>
                <blockquote dir="auto">{quote.text}</blockquote>
                <figcaption>The article</figcaption>
              </figure>
            )}
          </li>
        );
      })}
    </ul>
  );
}
