import type { Organisation } from './schema.ts';

/** A membership period; dates are YYYY-MM-DD, so string order is date order. */
export interface MembershipPeriod {
  joined: string;
  left?: string | undefined;
}

/**
 * True when the period covers `date`. `joined` is inclusive (the first day as a member); `left` is
 * exclusive (the first day no longer a member): a state whose last day as a member was 2020-01-31
 * has `left` 2020-02-01.
 */
export function isMemberOn(m: MembershipPeriod, date: string): boolean {
  return m.joined <= date && (m.left === undefined || m.left > date);
}

/**
 * ISO codes of an organisation's members on `date`, sorted and unique (a state may have
 * several periods, e.g. Turkmenistan in the CIS: member, then associate). All statuses count.
 */
export function membersOn(org: Pick<Organisation, 'members'>, date: string): string[] {
  const ids = new Set(org.members.filter((m) => isMemberOn(m, date)).map((m) => m.id));
  return [...ids].sort();
}

/** The calendar day before `date` (YYYY-MM-DD): the last day as a member when `date` is a `left`. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
