const collators = new Map<string, Intl.Collator>();

/**
 * The alphabetical order of `locale` (a BCP 47 tag: "en", "ru", "kk"), made once per language:
 * ru puts «Австралия» before «Япония», kk puts «Ұлыбритания» before «Үндістан» (where the
 * runtime has kk collation; otherwise the Unicode default order).
 */
export function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale);
    collators.set(locale, collator);
  }
  return collator;
}
