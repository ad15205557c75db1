import { useId } from 'react';
import { useT } from '../../i18n/use-t.ts';

/**
 * Languages an article may be written in, each named in itself (an endonym reads the same in
 * every interface language, and Chromium has no kk names for languages). The region's
 * languages first, then languages teachers often quote.
 */
const LANGUAGES: readonly { tag: string; name: string }[] = [
  { tag: 'kk', name: 'Қазақша' },
  { tag: 'ru', name: 'Русский' },
  { tag: 'en', name: 'English' },
  { tag: 'ky', name: 'Кыргызча' },
  { tag: 'uz', name: 'Oʻzbekcha' },
  { tag: 'tg', name: 'Тоҷикӣ' },
  { tag: 'tk', name: 'Türkmençe' },
  { tag: 'mn', name: 'Монгол' },
  { tag: 'tr', name: 'Türkçe' },
  { tag: 'zh', name: '中文' },
  { tag: 'fa', name: 'فارسی' },
  { tag: 'ar', name: 'العربية' },
  { tag: 'de', name: 'Deutsch' },
  { tag: 'fr', name: 'Français' },
  { tag: 'es', name: 'Español' },
];

/** The article's language: a select of tags, the current one kept even when it is not listed. */
export function LanguageField(props: { value: string; onChange: (tag: string) => void }) {
  const t = useT();
  const id = useId();
  const listed = LANGUAGES.some((l) => l.tag === props.value);
  return (
    <p className="article-editor__field">
      <label htmlFor={id}>{t('editor.language.label')}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {!listed && <option value={props.value}>{props.value}</option>}
        {LANGUAGES.map((l) => (
          <option key={l.tag} value={l.tag} lang={l.tag}>
            {l.name}
          </option>
        ))}
      </select>
    </p>
  );
}
