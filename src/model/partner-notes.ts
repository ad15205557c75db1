import { localized } from './localized.ts';
import { isMemberOn } from './membership.ts';
import type { Dataset, Organisation, Partner } from './schema.ts';

/** One state's membership of one organisation on a date: its status and the record's note. */
export type MembershipDetail = {
  id: string;
  status: 'member' | 'associate' | 'participating';
  note?: string | undefined;
  checked?: string | undefined;
};

/** The period of `id` in `org` that covers `date`, or undefined when it was not a member then. */
export function membershipOf(org: Organisation, id: string, date: string): MembershipDetail | undefined {
  const m = org.members.find((x) => x.id === id && isMemberOn(x, date));
  return m && { id: m.id, status: m.status, note: m.note, checked: m.checked };
}

/** Every member of `org` on `date` with its status and note, by id. */
export function membersWithStatus(org: Organisation, date: string): MembershipDetail[] {
  const ids = [...new Set(org.members.map((m) => m.id))].sort();
  return ids.flatMap((id) => membershipOf(org, id, date) ?? []);
}

/**
 * "9 members, 1 associate, 1 participating state": a count that does not hide the statuses. A
 * status nobody has is left out ("57 participating states", not "0 members, 57 …").
 */
export function statusCounts(members: readonly MembershipDetail[]): string {
  const n = (s: MembershipDetail['status']) => members.filter((m) => m.status === s).length;
  const parts = [
    n('member') > 0 && `${n('member')} ${n('member') === 1 ? 'member' : 'members'}`,
    n('associate') > 0 && `${n('associate')} associate`,
    n('participating') > 0 &&
      `${n('participating')} participating ${n('participating') === 1 ? 'state' : 'states'}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : '0 members';
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The organisations a sentence names (by the article's name or acronym, as a whole word), in the
 * sentence's order, with the word it uses (`term`) and whether `id` belonged to each on `date`, so
 * "coordination … within the UN, OIC, CICMA" never suggests that a non-member takes part.
 */
export function bodiesNamedIn(
  dataset: Dataset,
  text: string,
  id: string,
  date: string,
): { org: Organisation; term: string; member: MembershipDetail | undefined }[] {
  return dataset.organisations
    .flatMap((org) => {
      const found = [org.articleName, localized(org.acronym, 'en')]
        .map((term) => ({ term, at: text.search(new RegExp(`\\b${escapeRegExp(term)}\\b`)) }))
        .filter((f) => f.at >= 0)
        .sort((a, b) => a.at - b.at)[0];
      return found ? [{ org, term: found.term, at: found.at, member: membershipOf(org, id, date) }] : [];
    })
    .sort((a, b) => a.at - b.at)
    .map(({ org, term, member }) => ({ org, term, member }));
}

/**
 * Mutual-defence organisations (the CSTO) `partner` belonged to on the dataset's date although the
 * map does not colour it an alliance: this map keeps "alliance" for a bilateral alliance treaty the
 * article names, and the panel says so.
 */
export function treatyAllianceOrganisations(dataset: Dataset, partner: Partner): Organisation[] {
  if (partner.relation === 'alliance') return [];
  return dataset.organisations.filter(
    (org) =>
      org.collectiveDefence === true &&
      membershipOf(org, partner.id, dataset.asOf) !== undefined &&
      membershipOf(org, dataset.home.id, dataset.asOf) !== undefined,
  );
}
