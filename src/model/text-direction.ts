/**
 * Letters of the right-to-left scripts (Unicode bidi classes R and AL). JavaScript regular
 * expressions know scripts, not bidi classes; a letter of one of these scripts is strong RTL.
 */
const RTL_LETTER = new RegExp(
  `(?=\\p{L})[${[
    'Hebrew',
    'Arabic',
    'Syriac',
    'Thaana',
    'Nko',
    'Samaritan',
    'Mandaic',
    'Adlam',
    'Hanifi_Rohingya',
    'Mende_Kikakui',
    'Old_South_Arabian',
    'Old_North_Arabian',
    'Avestan',
    'Imperial_Aramaic',
    'Phoenician',
    'Kharoshthi',
    'Nabataean',
    'Palmyrene',
    'Hatran',
    'Manichaean',
    'Psalter_Pahlavi',
    'Inscriptional_Pahlavi',
    'Inscriptional_Parthian',
    'Lydian',
    'Old_Hungarian',
    'Sogdian',
    'Old_Sogdian',
    'Elymaic',
    'Chorasmian',
    'Yezidi',
    'Cypriot',
    'Meroitic_Cursive',
    'Meroitic_Hieroglyphs',
    'Old_Uyghur',
  ]
    .map((script) => `\\p{Script=${script}}`)
    .join('')}]|[\\u200F\\u061C]`,
  'u',
);
/** Any other letter, or the left-to-right mark: strong LTR. */
const LTR_LETTER = /[\p{L}\u200E]/u;
const ISOLATE_START = /[\u2066\u2067\u2068]/;
const ISOLATE_END = '\u2069';

/**
 * The base direction a browser gives `dir="auto"` text (Unicode bidi rule P2): that of the first
 * strong character, skipping whatever sits inside an isolate; `ltr` when there is none (digits,
 * punctuation). For SVG, whose <text> has no dir="auto".
 */
export function textDirection(text: string): 'ltr' | 'rtl' {
  let depth = 0;
  for (const char of text) {
    if (ISOLATE_START.test(char)) depth += 1;
    else if (char === ISOLATE_END) depth = Math.max(0, depth - 1);
    else if (depth === 0 && RTL_LETTER.test(char)) return 'rtl';
    else if (depth === 0 && LTR_LETTER.test(char)) return 'ltr';
  }
  return 'ltr';
}

const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: inside a composed sentence
 * ("Source: …, “…”") it takes its own direction, as a `dir="auto"` span would in HTML, and stray
 * bidi controls in it cannot reorder the sentence around it. Text with no right-to-left letter and
 * no bidi control would render the same either way, so it comes back unchanged (plain to copy).
 */
export function isolate(text: string): string {
  const needed = BIDI_CONTROL.test(text) || [...text].some((char) => RTL_LETTER.test(char));
  return needed ? `\u2068${text}\u2069` : text;
}
