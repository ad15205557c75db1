import type { Organisation } from '../../model/schema.ts';

/** Shared organisations, acronym and full name, as of the dataset's date; keyed by place (see QuoteList). */
export function OrganisationList({ organisations, asOf }: { organisations: Organisation[]; asOf: string }) {
  if (organisations.length === 0)
    return <p className="muted">None of the article's organisations on {asOf}.</p>;
  return (
    <ul className="chips">
      {organisations.map((org, place) => (
        <li key={place} className="chip" title={org.fullName}>
          <abbr title={org.fullName} dir="auto">
            {org.acronym}
          </abbr>
          <span className="visually-hidden">
            {' '}
            (<span dir="auto">{org.fullName}</span>)
          </span>
        </li>
      ))}
    </ul>
  );
}
