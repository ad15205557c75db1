import type { Dataset, Mention, Partner, Relation } from './schema.ts';

/** What the map shows for any country: the dataset's home country is `home`; countries the article skips, `none`. */
export type MapRelation = 'home' | Relation | 'none';
export type MapMention = 'home' | Mention | 'none';

export type CountryStatus = { relation: MapRelation; mention: MapMention; partner: Partner | undefined };

const partnerIndexes = new WeakMap<Dataset, ReadonlyMap<string, Partner>>();

/** Partners by id, built once per dataset object. */
export function partnerIndex(dataset: Dataset): ReadonlyMap<string, Partner> {
  let index = partnerIndexes.get(dataset);
  if (!index) {
    index = new Map(dataset.partners.map((p) => [p.id, p]));
    partnerIndexes.set(dataset, index);
  }
  return index;
}

/** The article's relation to `id` and how the article covers it. */
export function countryStatus(dataset: Dataset, id: string): CountryStatus {
  if (id === dataset.home.id) return { relation: 'home', mention: 'home', partner: undefined };
  const partner = partnerIndex(dataset).get(id);
  return partner
    ? { relation: partner.relation, mention: partner.mention, partner }
    : { relation: 'none', mention: 'none', partner: undefined };
}
