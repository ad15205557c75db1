import { type ChangeEvent, useId, useState } from 'react';
import { rememberLocale } from '../../components/locale-memory.ts';
import { isLocale, LOCALE_NAMES, LOCALES } from '../../i18n/locales.ts';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { useAppStore } from '../../store/app-store.ts';

/**
 * The interface's language, by each language's own name (English, Русский, Қазақша), each option
 * marked with its language so a screen reader reads it in the right voice. A native select: one
 * small control beside the heading, at home with the keyboard and every screen reader. The choice
 * is remembered for the next visit; the link (`?lang=`) and `<html lang>` follow the store.
 */
export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [announce, setAnnounce] = useState(false);
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = event.currentTarget.value;
    if (!isLocale(next)) return;
    rememberLocale(next);
    setAnnounce(true);
    // A catalog that cannot be fetched leaves the language as it was, and the select with it.
    useAppStore
      .getState()
      .setLocale(next)
      .catch(() => undefined);
  };
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <select id={id} className="language-switch__select" value={locale} onChange={onChange}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
      <span aria-live="polite" className="visually-hidden">
        {announce ? t('language.switchedTo', { language: LOCALE_NAMES[locale] }) : ''}
      </span>
    </div>
  );
}
