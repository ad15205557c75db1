import { useLocale } from '../i18n/use-t.ts';
import type { TextInLanguage } from '../model/localized.ts';

/**
 * A dataset's words (or the article's) inside the interface: `dir="auto"` always (any script may
 * come), and `lang` only where the words are not in the page's language, such as the English a
 * dataset falls back to for a Russian reader, so screen readers and hyphenation read them right.
 */
export function DatasetText({ text, lang }: TextInLanguage) {
  const locale = useLocale();
  return (
    <span dir="auto" lang={lang === locale ? undefined : lang}>
      {text}
    </span>
  );
}
