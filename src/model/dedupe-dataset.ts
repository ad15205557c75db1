import type { Dataset, Quote } from './schema.ts';

/** `items` without repeats (by `key`), the first of each kept, in order. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const same = (value: string) => value;
const quoteKey = (q: Quote) => JSON.stringify([q.text, q.section]);
const quotes = (list: Quote[]) => uniqueBy(list, quoteKey);

/**
 * The dataset with repeated entries dropped where a repeat says nothing new: the same vector,
 * sector or quote twice in a list, the same country twice in a group or region, the same
 * membership entry twice. Every count and chip then holds whatever the file repeats. Repeated ids
 * of things (two partners "RUS", two sections "body") may disagree and are refused earlier
 * (dataset-references.ts); this runs after that check, so error paths point into the file as written.
 */
export function dedupeDataset(d: Dataset): Dataset {
  const scope = (s: Dataset['groups'][number]) => ({
    ...s,
    members: uniqueBy(s.members, same),
    ...(s.departures && { departures: uniqueBy(s.departures, (x) => JSON.stringify([x.id, x.left])) }),
  });
  return {
    ...d,
    home: {
      ...d.home,
      goals: quotes(d.home.goals),
      priorities: quotes(d.home.priorities),
      principles: quotes(d.home.principles),
    },
    groups: d.groups.map(scope),
    regions: d.regions.map(scope),
    organisations: d.organisations.map((o) => ({
      ...o,
      members: uniqueBy(o.members, (m) => JSON.stringify([m.id, m.joined, m.left ?? null, m.status])),
    })),
    partners: d.partners.map((p) => ({
      ...p,
      vectors: uniqueBy(p.vectors, same),
      sectors: uniqueBy(p.sectors, same),
      aims: quotes(p.aims),
    })),
  };
}
