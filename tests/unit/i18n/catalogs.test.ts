// @vitest-environment node
import { readFileSync } from 'node:fs';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales.ts';

/**
 * The catalogs (data/locales/<locale>.json) say the same things in every language: the same ids,
 * the same placeholders, and plural forms that are exactly the language's own CLDR categories.
 */
const catalog = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../../../data/locales/${locale}.json`, import.meta.url), 'utf8'));

/** Lingui's compiled form: a message is a string or a list of tokens; a token is text or [name, type?, forms?]. */
type CompiledMessage = string | (string | [string, string?, Record<string, unknown>?])[];

/** The placeholders of a message, and each plural's forms, as sorted lists. */
function shape(message: string): { args: string[]; plurals: string[][] } {
  const args = new Set<string>();
  const plurals: string[][] = [];
  const visit = (compiled: CompiledMessage): void => {
    if (typeof compiled === 'string') return;
    for (const token of compiled) {
      if (typeof token === 'string') continue;
      const [name, type, forms] = token;
      args.add(name);
      if (!forms || typeof forms !== 'object') continue;
      if (type === 'plural' || type === 'selectordinal') {
        plurals.push(
          Object.keys(forms)
            .filter((k) => !k.startsWith('=') && k !== 'offset')
            .sort(),
        );
      }
      for (const [form, sub] of Object.entries(forms)) if (form !== 'offset') visit(sub as CompiledMessage);
    }
  };
  visit(compileMessageOrThrow(message) as CompiledMessage);
  return { args: [...args].sort(), plurals };
}

const source = catalog('en');

describe('catalogs', () => {
  for (const locale of LOCALES) {
    const messages = catalog(locale);
    const categories = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();

    it(`${locale}: has exactly the source catalog's ids`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(source).sort());
    });

    it(`${locale}: every message parses, with the source's placeholders and ${categories.join('/')} plurals`, () => {
      for (const [id, message] of Object.entries(messages)) {
        const { args, plurals } = shape(message);
        expect({ id, args }).toEqual({ id, args: shape(source[id] ?? '').args });
        for (const forms of plurals) expect({ id, forms }).toEqual({ id, forms: categories });
        expect(message.trim(), id).not.toBe('');
      }
    });
  }

  it("the plural rules are the languages' own: Russian one/few/many, Kazakh one/other", () => {
    expect(new Intl.PluralRules('ru').resolvedOptions().pluralCategories.sort()).toEqual([
      'few',
      'many',
      'one',
      'other',
    ]);
    expect(new Intl.PluralRules('kk').resolvedOptions().pluralCategories.sort()).toEqual(['one', 'other']);
  });

  it('fails on a missing placeholder or a plural form the language does not have', () => {
    expect(shape('{count, plural, one {# ел} few {# ел} other {# ел}}').plurals).toEqual([
      ['few', 'one', 'other'],
    ]);
    expect(shape('В {name} {count} стран').args).toEqual(['count', 'name']);
  });
});
