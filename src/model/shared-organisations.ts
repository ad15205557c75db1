import { isMemberOn } from './membership.ts';
import type { Dataset, Organisation } from './schema.ts';

/** Organisations that both `id` and the home country belong to on `date` (the article's, by default). */
export function sharedOrganisations(dataset: Dataset, id: string, date = dataset.asOf): Organisation[] {
  const belongs = (org: Organisation, who: string) =>
    org.members.some((m) => m.id === who && isMemberOn(m, date));
  return dataset.organisations.filter(
    (org) => belongs(org, id) && (id === dataset.home.id || belongs(org, dataset.home.id)),
  );
}
