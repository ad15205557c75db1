import { useEffect } from 'react';
import { useAppStore } from '../store/app-store.ts';
import type { NoticeText } from '../store/notices-slice.ts';

/** An error's own text, cut to a readable length; it stays as the browser or the code wrote it. */
const errorNotice = (message: string): NoticeText =>
  message
    ? { id: 'app.errorNotice', values: { message: message.slice(0, 200) } }
    : { id: 'app.unknownErrorNotice' };

/**
 * Errors outside rendering (an event handler, a promise) become a dismissible notice instead of
 * a silent failure; the map and what the user had stay as they were. The notice is a message,
 * worded when shown, so it follows a language switch.
 */
export function useGlobalErrors(): void {
  useEffect(() => {
    const report = (message: string) => useAppStore.getState().addNotices([errorNotice(message)]);
    const onError = (event: ErrorEvent) => report(event.message);
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
