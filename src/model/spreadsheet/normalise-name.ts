/**
 * Folds a cell the way people vary it: compatibility forms (NFKC), case, Latin diacritics and
 * ё→е ("Côte d'Ivoire" = "cote divoire"), punctuation and repeated spaces. Cyrillic stays
 * Cyrillic: it is never transliterated, so "Чехия" cannot collide with a Latin name.
 * Letters of the kk alphabet (ә ғ қ ң ө ұ ү һ і) have no decomposition and survive unchanged.
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, (mark, at: number, whole: string) =>
      // й keeps its breve: и and й are different letters, not a variant spelling.
      mark === '\u0306' && /[иИ]/.test(whole[at - 1] ?? '') ? mark : '',
    )
    .normalize('NFC')
    .replace(/['’‘`ʼ]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
