import layout from 'virtual:world';
import { useEffect } from 'react';
import { queryToState, stateToQuery, type UrlState } from '../model/url-state.ts';
import { type AppState, useAppStore } from '../store/app-store.ts';

const knownCountries = new Set(layout.shapes.filter((s) => s.interactive).map((s) => s.id));

const urlStateOf = (s: AppState): UrlState => ({
  country: s.selectedId,
  present: s.slide === null ? null : s.slide + 1,
});

/**
 * The URL is a view of the store: `?country=RUS` opens Russia on load, `?present=4` opens the tour
 * at slide 4. A selection, starting or leaving the tour push a history entry (Back undoes them);
 * moving between slides replaces it, so Back does not replay the whole lesson.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const apply = (reportProblems: boolean) => {
      const { state, notices } = queryToState(window.location.search, knownCountries);
      const store = useAppStore.getState();
      if (state.present === null) useAppStore.setState({ slide: null, returnTo: null });
      store.select(state.country);
      if (state.present !== null) store.present(state.present - 1);
      if (reportProblems && notices.length > 0) store.addNotices(notices);
    };
    apply(true);
    const onPopState = () => apply(false);
    window.addEventListener('popstate', onPopState);
    const unsubscribe = useAppStore.subscribe((s, previous) => {
      if (s.selectedId === previous.selectedId && s.slide === previous.slide) return;
      const wanted = urlStateOf(s);
      const { state } = queryToState(window.location.search, knownCountries);
      if (state.country === wanted.country && state.present === wanted.present) return;
      const query = stateToQuery(wanted, window.location.search);
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      const slideOnly = s.selectedId === previous.selectedId && s.slide !== null && previous.slide !== null;
      if (slideOnly) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
    };
  }, []);
}
