/**
 * The one sentence shown when the app's code or data did not arrive. It runs before any catalog
 * could load, so its three languages live here, inline, and the page's `<html lang>` (set by the
 * prerendered page for its language) picks one; any other tag gets English.
 */
const SENTENCES = {
  en: (why: string) =>
    `The map is shown, but the app could not start (${why}). Check the connection and reload the page.`,
  ru: (why: string) =>
    `Карта показана, но приложение не запустилось (${why}). Проверьте подключение и перезагрузите страницу.`,
  kk: (why: string) =>
    `Карта көрсетілді, бірақ қолданба іске қосылмады (${why}). Байланысты тексеріп, бетті қайта жүктеңіз.`,
} as const;

/** The start-failure sentence in the language of `lang` ("ru", "kk-KZ", …), with the error's text. */
export function startFailureMessage(lang: string, error: unknown): string {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const sentence = primary in SENTENCES ? SENTENCES[primary as keyof typeof SENTENCES] : SENTENCES.en;
  return sentence((error instanceof Error ? error.message : String(error)).replace(/\.$/, ''));
}
