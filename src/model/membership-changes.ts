import { groupFilterId } from './filters.ts';
import type { Dataset } from './schema.ts';

/** One dated change of membership: a state joined or left an organisation or a group. */
export type MembershipChange = { org: string; country: string; change: 'joined' | 'left'; date: string };

/**
 * Changes after `from` up to and including `to`, oldest first: what differs between the article's
 * memberships and today's (a state joining an organisation, or leaving a group, since the article).
 */
export function membershipChanges(dataset: Dataset, from: string, to: string): MembershipChange[] {
  const within = (date: string | undefined): date is string =>
    date !== undefined && date > from && date <= to;
  const changes: MembershipChange[] = [];
  for (const org of dataset.organisations) {
    for (const m of org.members) {
      if (within(m.joined)) changes.push({ org: org.id, country: m.id, change: 'joined', date: m.joined });
      if (within(m.left)) changes.push({ org: org.id, country: m.id, change: 'left', date: m.left });
    }
  }
  for (const group of dataset.groups) {
    for (const d of group.departures ?? [])
      if (within(d.left))
        changes.push({ org: groupFilterId(group), country: d.id, change: 'left', date: d.left });
  }
  return changes.sort((a, b) => a.date.localeCompare(b.date) || a.org.localeCompare(b.org));
}
