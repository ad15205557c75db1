import { useEffect } from 'react';
import { t } from '../i18n/i18n.ts';
import { useAppStore } from '../store/app-store.ts';

/**
 * Errors outside rendering (an event handler, a promise) become a dismissible notice instead of
 * a silent failure; the map and what the user had stay as they were. Worded in the language on
 * screen when the error happens.
 */
export function useGlobalErrors(): void {
  useEffect(() => {
    const report = (message: string) =>
      useAppStore.getState().addNotices([t('app.errorNotice', { message: message.slice(0, 200) })]);
    const onError = (event: ErrorEvent) => report(event.message || t('app.unknownError'));
    const onRejection = (event: PromiseRejectionEvent) =>
      report(event.reason instanceof Error ? event.reason.message : String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, []);
}
