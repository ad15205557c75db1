/** Letters of the kk Cyrillic alphabet that the ru one lacks. */
const KK_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * A first guess at an article's language (BCP 47), for the editor to offer before the teacher
 * confirms it: "kk" for Cyrillic with those letters (more than 1 in 50 Cyrillic letters; in kk
 * prose about 1 in 8), "ru" for other Cyrillic, "en" for Latin; null when the text is mostly another script or has no
 * letters. Reads at most the first 20,000 characters.
 */
export function guessLanguage(text: string): 'en' | 'ru' | 'kk' | null {
  const sample = text.slice(0, 20_000);
  const cyrillic = count(sample, CYRILLIC);
  const latin = count(sample, LATIN);
  const letters = count(sample, /\p{L}/gu);
  if (letters === 0) return null;
  if (cyrillic > letters / 2) return count(sample, KK_ONLY) * 50 > cyrillic ? 'kk' : 'ru';
  return latin > letters / 2 ? 'en' : null;
}
