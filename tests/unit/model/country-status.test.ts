import dataset from 'virtual:dataset';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/i18n.ts';
import { countryStatus } from '../../../src/model/country-status.ts';
import { coverageSentence } from '../../../src/model/labels.ts';
import { sharedOrganisations } from '../../../src/model/shared-organisations.ts';

const status = (id: string) => {
  const { relation, mention } = countryStatus(dataset, id);
  return `${relation}/${mention}`;
};

describe('countryStatus', () => {
  it('classifies countries as the article states', () => {
    expect(status('KAZ')).toBe('home/home');
    expect(status('RUS')).toBe('alliance/named');
    expect(status('CHN')).toBe('strategic-partnership/named');
    expect(status('USA')).toBe('strategic-partnership/named');
    expect(status('TUR')).toBe('cooperation/named');
    expect(status('DEU')).toBe('cooperation/group');
    expect(status('SAU')).toBe('cooperation/region');
    expect(status('BRA')).toBe('none/none');
  });

  it('explains how the article covers a partner', () => {
    const germany = countryStatus(dataset, 'DEU').partner;
    const saudi = countryStatus(dataset, 'SAU').partner;
    if (!germany || !saudi) throw new Error('missing partner');
    expect(coverageSentence(dataset, germany, t, 'en')).toBe('As a member of the European Union');
    expect(coverageSentence(dataset, saudi, t, 'en')).toMatch(
      /^Through the article's mention of .*Middle East/,
    );
  });
});

describe('sharedOrganisations', () => {
  const acronyms = (id: string, date?: string) => sharedOrganisations(dataset, id, date).map((o) => o.id);

  it('lists organisations both countries belonged to on the article date', () => {
    expect(acronyms('RUS')).toEqual(expect.arrayContaining(['UN', 'CIS', 'CSTO', 'SCO', 'OSCE', 'EAEU']));
    expect(acronyms('IND')).not.toContain('SCO'); // joined 9 June 2017, after the article
    expect(acronyms('IND', '2018-01-01')).toContain('SCO');
    expect(acronyms('BRA')).toEqual(['UN']);
  });
});
