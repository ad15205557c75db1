import { useLocale } from '../i18n/use-t.ts';
import type { TextInLanguage } from '../model/localized.ts';

/**
 * A dataset's words (or the article's) inside the interface: `dir="auto"` (any script may come),
 * and `lang` only where the words are not in the page's language, such as the English a dataset
 * falls back to for a Russian reader, so screen readers and hyphenation read them right.
 * `inherit`: inside an element that has `dir="auto"` itself, which must see the words to take
 * their direction (an element with its own `dir` is skipped), so no `dir` here and no element
 * at all where no `lang` is needed.
 */
export function DatasetText({ text, lang, inherit = false }: TextInLanguage & { inherit?: boolean }) {
  const locale = useLocale();
  const other = lang === locale ? undefined : lang;
  if (inherit) return other ? <span lang={other}>{text}</span> : text;
  return (
    <span dir="auto" lang={other}>
      {text}
    </span>
  );
}
