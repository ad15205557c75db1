// @vitest-environment node -- pure data tests; jsdom would give import.meta.url a non-file scheme
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryNames } from '../../../src/geo/country-names.ts';
import { RENAMED } from '../../../src/geo/renamed-countries.ts';
import { organisationMembers } from '../../../src/model/filters.ts';
import { localized } from '../../../src/model/localized.ts';
import { isMemberOn } from '../../../src/model/membership.ts';
import { membershipChanges } from '../../../src/model/membership-changes.ts';
import { membersWithStatus, treatyAllianceOrganisations } from '../../../src/model/partner-notes.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { SECTOR_WORDS, sectorsInWords } from '../../../src/model/sector-words.ts';
import { validateDataset } from '../../../src/model/validate-dataset.ts';

const read = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const result = validateDataset(JSON.parse(read('kazakhstan.json')));
if (!result.ok) throw new Error(result.errors.join('\n'));
const d: Dataset = result.dataset;
const body = read('article.txt');
const org = (id: string) => {
  const found = d.organisations.find((o) => o.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const eu = d.groups.find((g) => g.id === 'european-union')?.members ?? [];

/**
 * The Middle East as commonly listed (English Wikipedia, "Middle East", its list of states): the
 * definition data/README.md cites. Cyprus is in it, but the article covers it through the EU.
 */
const MIDDLE_EAST = 'BHR CYP EGY IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR ARE YEM'.split(' ');

describe('regional phrases', () => {
  it('"the Middle East countries" is the cited list without EU members; group and named take precedence', () => {
    const me = d.regions.find((r) => r.id === 'middle-east');
    expect([...(me?.members ?? [])].sort()).toEqual(MIDDLE_EAST.filter((id) => !eu.includes(id)).sort());
    for (const id of me?.members ?? []) {
      const p = d.partners.find((x) => x.id === id);
      expect(p?.mention === 'named' || p?.via === 'middle-east', id).toBe(true);
    }
  });
});

describe('vectors', () => {
  it("say whether the article names them; only the names the article uses are the article's", () => {
    const folded = body.toLowerCase();
    for (const v of d.vectors) {
      expect(v.rule, v.id).toBeTruthy();
      const name = localized(v.name, 'en');
      const named = /vector/i.test(name) && folded.includes(name.toLowerCase());
      expect(v.origin, v.id).toBe(named ? 'article' : 'map');
    }
  });

  it('the article\'s "Asian vector" holds exactly the partners quoted from its section', () => {
    const asian = d.vectors.find((v) => v.origin === 'article');
    for (const p of d.partners) {
      const inSection = p.aims.some((a) => a.section === asian?.quote.section);
      expect(p.vectors.includes(asian?.id ?? ''), p.id).toBe(inSection);
    }
  });
});

describe("sector tags follow the article's words", () => {
  it('every dataset sector has its words, and every word list is a dataset sector', () => {
    expect(Object.keys(SECTOR_WORDS).sort()).toEqual(d.sectors.map((s) => s.id).sort());
  });

  it.each(d.partners.map((p) => [p.id, p] as const))(
    "%s carries exactly the tags its sentences' words give",
    (_, p) => {
      const ids = d.sectors.map((s) => s.id);
      expect(p.sectors).toEqual(sectorsInWords(p.aims.map((a) => a.text).join(' '), ids));
    },
  );

  it('"economic" alone is not trade, and a reason is not a sector', () => {
    const ids = d.sectors.map((s) => s.id);
    expect(sectorsInWords('enhancing economic, investment cooperation', ids)).toEqual([
      'economic',
      'investment',
    ]);
    expect(sectorsInWords('trade and economic relations', ids)).toEqual(['trade-economic']);
    expect(sectorsInWords('common historical roots and cultural values', ids)).toEqual([]);
  });
});

describe('memberships and their dates', () => {
  it('`left` is the first day outside: the UK was in the EU on 2020-01-31, not on 2020-02-01', () => {
    expect(organisationMembers(d, 'EU', '2020-01-31')).toContain('GBR');
    expect(organisationMembers(d, 'EU', '2020-02-01')).not.toContain('GBR');
    expect(isMemberOn({ joined: '2020-01-01', left: '2020-02-01' }, '2020-01-31')).toBe(true);
    expect(isMemberOn({ joined: '2020-01-01', left: '2020-02-01' }, '2020-02-01')).toBe(false);
    expect(isMemberOn({ joined: '2020-01-01' }, '2020-01-01')).toBe(true);
    const left = (to: string) =>
      membershipChanges(d, d.asOf, to).filter((c) => c.country === 'GBR' && c.change === 'left');
    expect(left('2020-01-31')).toEqual([]);
    expect(left('2020-02-01')).toEqual([{ org: 'EU', country: 'GBR', change: 'left', date: '2020-01-31' }]);
  });

  it("every note on a member of the article's date that tells of later events carries the day it was checked", () => {
    const after = (text: string) =>
      [...text.matchAll(/\b(19|20)\d\d\b/g)].some((m) => m[0] > d.asOf.slice(0, 4));
    for (const o of d.organisations)
      for (const m of o.members)
        if (m.joined <= d.asOf && after(m.note ?? ''))
          expect(m.checked, `${o.id} ${m.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("the CIS on the article's date: nine Charter members, one associate, one participating state", () => {
    const statuses = membersWithStatus(org('CIS'), d.asOf).map((m) => `${m.id}:${m.status}`);
    expect(statuses.filter((s) => s.endsWith(':member'))).toHaveLength(9);
    expect(statuses).toContain('TKM:associate');
    expect(statuses).toContain('UKR:participating');
  });
});

describe('alliance and notes', () => {
  it('every partner in a mutual-defence treaty with Kazakhstan, but not an alliance, gets the treaty note', () => {
    const defence = d.organisations.filter((o) => o.collectiveDefence);
    expect(defence.map((o) => o.id)).toContain('CSTO');
    for (const p of d.partners) {
      const allied = defence.some(
        (o) => o.members.some((m) => m.id === p.id && isMemberOn(m, d.asOf)) && p.relation !== 'alliance',
      );
      expect(treatyAllianceOrganisations(d, p).length > 0, p.id).toBe(allied);
    }
  });

  it('partner notes name their source and never quote an aim', () => {
    for (const p of d.partners)
      for (const n of p.notes ?? []) {
        expect(n.source, p.id).toBeTruthy();
        expect(
          p.aims.some((a) => n.text.includes(a.text)),
          p.id,
        ).toBe(false);
      }
    expect(d.partners.find((p) => p.id === 'PRK')?.notes?.[0]?.text).toMatch(/Security Council/);
  });
});

describe('names', () => {
  it('each named partner carries the name the article uses, verbatim', () => {
    for (const p of d.partners.filter((x) => x.mention === 'named')) {
      expect(p.articleName, p.id).toBeTruthy();
      expect(body.includes(p.articleName ?? '\u0000'), p.id).toBe(true);
    }
  });

  it('a country renamed after the article keeps the article-date name on the map', () => {
    for (const [id, r] of RENAMED) {
      expect(r.since > d.asOf, id).toBe(true);
      expect(countryNames.get(id)).toBe(r.former);
    }
    // The article's own name for every named partner is one the map knows: short name or official form.
    for (const p of d.partners.filter((x) => x.mention === 'named')) {
      const renamed = [...RENAMED.values()].find((r) => r.current === countryNames.get(p.id));
      expect(renamed, `${p.id} shows a name adopted after the article`).toBeUndefined();
    }
  });
});
