import { EU_FILTER_ID } from './filters.ts';
import { dayBefore } from './membership.ts';
import type { Dataset } from './schema.ts';

/**
 * One dated change of membership: a state joined or left an organisation (or the EU). `date` is the
 * first day as a member for `joined`, and the last day as a member for `left` (the UK left the EU
 * on 2020-01-31), as people say it; the data's `left` is the day after.
 */
export type MembershipChange = { org: string; country: string; change: 'joined' | 'left'; date: string };

/**
 * Changes in force after `from` up to and including `to` (a departure counts from its first day outside), oldest first: what differs between the article's
 * memberships and today's (India and Pakistan joining the SCO in 2017, the UK leaving the EU in 2020).
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
  const eu = dataset.groups.find((g) => g.id === 'european-union');
  for (const d of eu?.departures ?? [])
    if (within(d.left))
      changes.push({ org: EU_FILTER_ID, country: d.id, change: 'left', date: dayBefore(d.left) });
  return changes.sort((a, b) => a.date.localeCompare(b.date) || a.org.localeCompare(b.org));
}
