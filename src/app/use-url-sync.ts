import { useEffect } from 'react';
import { selectableIds } from '../geo/world.ts';
import { queryToState, stateToQuery } from '../model/url-state.ts';
import { useAppStore } from '../store/app-store.ts';

/**
 * The URL is a view of the store: `?country=RUS` opens Russia on load, each selection pushes a
 * history entry, and Back restores the previous selection.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const apply = (reportProblems: boolean) => {
      const { state, notices } = queryToState(window.location.search, selectableIds);
      useAppStore.getState().select(state.country);
      if (reportProblems && notices.length > 0) useAppStore.getState().addNotices(notices);
    };
    apply(true);
    const onPopState = () => apply(false);
    window.addEventListener('popstate', onPopState);
    const unsubscribe = useAppStore.subscribe((s, previous) => {
      if (s.selectedId === previous.selectedId) return;
      const { state } = queryToState(window.location.search, selectableIds);
      if (state.country === s.selectedId) return;
      const query = stateToQuery({ country: s.selectedId }, window.location.search);
      window.history.pushState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
    };
  }, []);
}
