/**
 * Quotes are checked against the article after folding, because the saved page mixes
 * non-breaking spaces, blank lines and typographic punctuation that JSON authors should not
 * have to reproduce exactly.
 */

/** Folds white space runs to one space, typographic quotes to ASCII and en/em dashes to '-', then trims. */
export function foldText(s: string): string {
  return s
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `quote` (non-empty after folding) occurs in `body`, both folded. */
export function isVerbatimQuote(quote: string, body: string): boolean {
  const folded = foldText(quote);
  return folded.length > 0 && foldText(body).includes(folded);
}
