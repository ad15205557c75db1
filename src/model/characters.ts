/**
 * How many characters a reader sees in `text`: grapheme clusters ("🇨🇳", "é" written as e + accent,
 * "👩‍🏫" are one each), not UTF-16 code units; code points where Intl.Segmenter is missing.
 */
export const characters = (text: string): number =>
  typeof Intl.Segmenter === 'function'
    ? [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length
    : [...text].length;
