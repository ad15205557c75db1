import { useLayoutEffect } from 'react';
import type { Locale } from '../i18n/locales.ts';
import { useLocale } from '../i18n/use-t.ts';

/** Each language's writing direction (all three run left to right; a fourth may not). */
const DIRECTION: Record<Locale, 'ltr' | 'rtl'> = { en: 'ltr', ru: 'ltr', kk: 'ltr' };

/**
 * `<html lang>` and `dir` follow the interface's language, so screen readers read it in the right
 * voice, hyphenation and quotes follow it, and a prerendered page keeps what it was built with.
 */
export function useDocumentLanguage(): void {
  const locale = useLocale();
  useLayoutEffect(() => {
    const html = document.documentElement;
    html.lang = locale;
    html.dir = DIRECTION[locale];
  }, [locale]);
}
