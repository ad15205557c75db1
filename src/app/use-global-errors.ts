import { useEffect } from 'react';
import { useAppStore } from '../store/app-store.ts';

/**
 * Errors outside rendering (an event handler, a promise) become a dismissible notice instead of
 * a silent failure; the map and what the user had stay as they were.
 */
export function useGlobalErrors(): void {
  useEffect(() => {
    const report = (message: string) =>
      useAppStore
        .getState()
        .addNotices([`Something went wrong: ${message.slice(0, 200)}. The map is unchanged.`]);
    const onError = (event: ErrorEvent) => report(event.message || 'unknown error');
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
