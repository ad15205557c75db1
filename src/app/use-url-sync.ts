import { useEffect } from 'react';
import { selectableIds } from '../geo/world.ts';
import { FILTER_KINDS, filterValues } from '../model/filters.ts';
import { queryToState, stateToQuery, type UrlState } from '../model/url-state.ts';
import { type AppState, useAppStore } from '../store/app-store.ts';
import { worldIndex } from '../store/world-index.ts';

const known = (s: AppState) =>
  filterValues(
    s.dataset,
    worldIndex.regions.map((r) => r.id),
  );

/** Order inside a filter kind does not matter: `org=SCO,CSTO` and `org=CSTO,SCO` are one view. */
const sameView = (a: UrlState, b: UrlState) => {
  const key = (u: UrlState) =>
    JSON.stringify([
      u.country,
      u.membershipView,
      FILTER_KINDS.map((k) => [...(u.filters?.[k] ?? [])].sort()),
    ]);
  return key(a) === key(b);
};

/**
 * The URL is a view of the store: `?country=RUS` opens Russia on load, each selection pushes a
 * history entry, and Back restores the previous selection. Filters (`?org=SCO&region=central-asia`)
 * and `asof=today` are mirrored too; changing them replaces the entry rather than piling up history.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const apply = (reportProblems: boolean) => {
      const store = useAppStore.getState();
      const { state, notices } = queryToState(window.location.search, selectableIds, known(store));
      store.select(state.country);
      if (state.filters) store.setFilters(state.filters);
      store.setMembershipView(state.membershipView ?? 'article');
      if (reportProblems && notices.length > 0) store.addNotices(notices);
    };
    apply(true);
    const onPopState = () => apply(false);
    window.addEventListener('popstate', onPopState);
    const unsubscribe = useAppStore.subscribe((s, previous) => {
      const selection = s.selectedId !== previous.selectedId;
      if (!selection && s.filters === previous.filters && s.membershipView === previous.membershipView)
        return;
      const current = window.location.search;
      const next = { country: s.selectedId, filters: s.filters, membershipView: s.membershipView };
      // The URL already says this (e.g. after Back restored it): leave history alone.
      if (sameView(queryToState(current, selectableIds, known(s)).state, next)) return;
      const query = stateToQuery(next, current);
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      if (selection) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
    };
  }, []);
}
