import type { Organisation } from './schema.ts';

/** A membership period; dates are YYYY-MM-DD, so string order is date order. */
export interface MembershipPeriod {
  joined: string;
  left?: string | undefined;
}

/**
 * True when the period covers `date`: joined on or before it and not yet left.
 * `left` is exclusive because it is the day the state stopped being a member.
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
