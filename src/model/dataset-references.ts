import type { Message } from '../i18n/i18n.ts';
import { localized } from './localized.ts';
import { problem } from './problem.ts';
import type { Dataset, Quote } from './schema.ts';

/**
 * Cross-reference checks zod cannot express on its own: ids that must exist, ids that must be
 * unique (two entries with one id would contradict each other), and dates that must be ordered. Each error is `path: message`, like zod's.
 */
export function checkReferences(d: Dataset): Message[] {
  const errors: Message[] = [];
  const sectionIds = new Set(d.sections.map((s) => s.id));
  const vectorIds = new Set(d.vectors.map((v) => v.id));
  const sectorIds = new Set(d.sectors.map((s) => s.id));
  const scopeIds = new Set([...d.groups, ...d.regions].map((s) => s.id));

  const quote = (q: Quote, path: string) => {
    if (!sectionIds.has(q.section))
      errors.push(problem('validation.unknownSection', `${path}.section`, { value: q.section }));
  };
  const unique = (ids: string[], path: string) => {
    const first = new Map<string, number>();
    ids.forEach((id, i) => {
      const at = first.get(id);
      if (at !== undefined)
        errors.push(
          problem('validation.duplicateId', `${path}[${i}].id`, { value: id, first: `${path}[${at}]` }),
        );
      else first.set(id, i);
    });
  };

  const lists = {
    sections: d.sections,
    vectors: d.vectors,
    sectors: d.sectors,
    organisations: d.organisations,
    partners: d.partners,
    groups: d.groups,
    regions: d.regions,
  };
  for (const [path, list] of Object.entries(lists)) {
    unique(
      list.map((item) => item.id),
      path,
    );
  }
  d.regions.forEach((r, i) => {
    if (d.groups.some((g) => g.id === r.id))
      errors.push(problem('validation.regionIsGroup', `regions[${i}].id`, { value: r.id }));
  });
  // Groups share the organisation filter (and its `?org=` values) with the organisations.
  d.groups.forEach((g, i) => {
    const acronym = g.acronym === undefined ? undefined : localized(g.acronym, 'en');
    if (acronym && d.organisations.some((o) => o.id === acronym))
      errors.push(problem('validation.acronymIsOrganisation', `groups[${i}].acronym`, { value: acronym }));
  });

  for (const key of ['goals', 'priorities', 'principles'] as const) {
    for (const [i, q] of d.home[key].entries()) quote(q, `home.${key}[${i}]`);
  }
  for (const [i, v] of d.vectors.entries()) quote(v.quote, `vectors[${i}].quote`);
  for (const [i, g] of d.groups.entries()) quote(g.quote, `groups[${i}].quote`);
  for (const [i, r] of d.regions.entries()) quote(r.quote, `regions[${i}].quote`);
  d.organisations.forEach((o, i) => {
    quote(o.quote, `organisations[${i}].quote`);
    o.members.forEach((m, j) => {
      if (m.left !== undefined && m.left <= m.joined) {
        errors.push(
          problem('validation.leftBeforeJoined', `organisations[${i}].members[${j}].left`, {
            joined: m.joined,
          }),
        );
      }
    });
  });

  d.partners.forEach((p, i) => {
    const at = `partners[${i}]`;
    if (p.id === d.home.id) errors.push(problem('validation.homeAsPartner', `${at}.id`, { value: p.id }));
    if (p.mention === 'named' && p.via !== undefined) {
      errors.push(problem('validation.viaOnlyForGroups', `${at}.via`));
    }
    if (p.mention !== 'named' && p.via === undefined) {
      errors.push(problem('validation.viaRequired', `${at}.via`, { mention: p.mention }));
    }
    if (p.via !== undefined && !scopeIds.has(p.via)) {
      errors.push(problem('validation.unknownScope', `${at}.via`, { value: p.via }));
    }
    p.vectors.forEach((v, j) => {
      if (!vectorIds.has(v))
        errors.push(problem('validation.unknownVector', `${at}.vectors[${j}]`, { value: v }));
    });
    p.sectors.forEach((s, j) => {
      if (!sectorIds.has(s))
        errors.push(problem('validation.unknownSector', `${at}.sectors[${j}]`, { value: s }));
    });
    for (const [j, q] of p.aims.entries()) quote(q, `${at}.aims[${j}]`);
  });
  return errors;
}
