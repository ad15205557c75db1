import { countryStatus } from './country-status.ts';
import { localized } from './localized.ts';
import { membersOn } from './membership.ts';
import type { Dataset, Scope } from './schema.ts';

/** The kinds of filter, in the order the URL and the UI list them. */
export const FILTER_KINDS = ['relation', 'vector', 'region', 'org', 'sector'] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];

/** Chosen ids per kind. OR within a kind, AND across kinds; an empty list does not filter. */
export type FilterState = Record<FilterKind, readonly string[]>;

export const emptyFilters: FilterState = { relation: [], vector: [], region: [], org: [], sector: [] };

/** Relation filter values: the article's three relations and `none` (not covered). */
export const RELATION_FILTERS = ['alliance', 'strategic-partnership', 'cooperation', 'none'] as const;

/** The organisation filter's value for a group of states (not an organisation): its acronym, else its id. */
export const groupFilterId = (group: Scope): string =>
  group.acronym === undefined ? group.id : localized(group.acronym, 'en');

export function isFiltering(filters: FilterState): boolean {
  return FILTER_KINDS.some((kind) => filters[kind].length > 0);
}

/** Members of an organisation filter value (an organisation's id or a group's `groupFilterId`) on `date`. */
export function organisationMembers(dataset: Dataset, id: string, date: string): string[] {
  const group = dataset.groups.find((g) => groupFilterId(g) === id);
  if (group) return group.members.filter((m) => !group.departures?.some((d) => d.id === m && d.left <= date));
  const org = dataset.organisations.find((o) => o.id === id);
  return org ? membersOn(org, date) : [];
}

/** Every id each filter kind accepts, for the URL parser and the filter controls. */
export function filterValues(dataset: Dataset, regionIds: readonly string[]): Record<FilterKind, string[]> {
  return {
    relation: [...RELATION_FILTERS],
    vector: dataset.vectors.map((v) => v.id),
    region: [...regionIds],
    org: [...dataset.organisations.map((o) => o.id), ...dataset.groups.map(groupFilterId)],
    sector: dataset.sectors.map((s) => s.id),
  };
}

export type MatchContext = {
  /** Every country on the map (interactive shape ids). */
  countries: readonly string[];
  /** Each country's M49 region id. */
  regionOf: ReadonlyMap<string, string>;
  /** Membership date: the article's (`dataset.asOf`) or today. */
  date: string;
};

/**
 * Countries that pass every active filter kind (OR within a kind, AND across kinds), or `null`
 * when no filter is active. The home country, the reference point, is never in the result: callers keep
 * it visible and leave it out of counts.
 */
export function matchingCountries(
  dataset: Dataset,
  filters: FilterState,
  ctx: MatchContext,
): Set<string> | null {
  if (!isFiltering(filters)) return null;
  const orgMembers = filters.org.map((id) => new Set(organisationMembers(dataset, id, ctx.date)));
  const result = new Set<string>();
  for (const id of ctx.countries) {
    if (id === dataset.home.id) continue;
    const { relation, partner } = countryStatus(dataset, id);
    const any = (chosen: readonly string[], has: (value: string) => boolean) =>
      chosen.length === 0 || chosen.some(has);
    const region = ctx.regionOf.get(id);
    if (
      any(filters.relation, (r) => r === relation) &&
      any(filters.vector, (v) => partner?.vectors.includes(v) ?? false) &&
      any(filters.sector, (s) => partner?.sectors.includes(s) ?? false) &&
      any(filters.region, (r) => r === region) &&
      (orgMembers.length === 0 || orgMembers.some((members) => members.has(id)))
    )
      result.add(id);
  }
  return result;
}
