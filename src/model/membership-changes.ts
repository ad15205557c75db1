import { groupFilterId } from './filters.ts';
import { dayBefore } from './membership.ts';
import type { Dataset } from './schema.ts';

/**
 * One dated change of membership: a state joined or left an organisation or a group. `date` is the
 * first day as a member for `joined`, and the last day as a member for `left`, as people say it; the
 * data's `left` is the day after.
 */
export type MembershipChange = { org: string; country: string; change: 'joined' | 'left'; date: string };

/**
 * Changes in force after `from` up to and including `to` (a departure counts from its first day
 * outside), oldest first: what differs between the article's memberships and today's (a state
 * joining an organisation, or leaving a group, since the article).
 */
export function membershipChanges(dataset: Dataset, from: string, to: string): MembershipChange[] {
  const within = (date: string | undefined): date is string =>
    date !== undefined && date > from && date <= to;
  const changes: MembershipChange[] = [];
  for (const org of dataset.organisations) {
    for (const m of org.members) {
      if (within(m.joined)) changes.push({ org: org.id, country: m.id, change: 'joined', date: m.joined });
      if (within(m.left))
        changes.push({ org: org.id, country: m.id, change: 'left', date: dayBefore(m.left) });
    }
  }
  for (const group of dataset.groups) {
    for (const d of group.departures ?? [])
      if (within(d.left))
        changes.push({ org: groupFilterId(group), country: d.id, change: 'left', date: dayBefore(d.left) });
  }
  return changes.sort((a, b) => a.date.localeCompare(b.date) || a.org.localeCompare(b.org));
}
