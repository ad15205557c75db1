import { useEffect } from 'react';
import { afterNextPaint } from '../components/after-next-paint.ts';
import { FILTER_KINDS, filterValues } from '../model/filters.ts';
import { localePagePath, pageLocaleOfPath } from '../model/locale-choice.ts';
import { queryToState, stateToQuery, type UrlState } from '../model/url-state.ts';
import { type AppState, useAppStore } from '../store/app-store.ts';
import { selectableIds, worldIndex } from '../world/world.ts';

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
      u.present ?? null,
      u.membershipView,
      u.quiz ?? false,
      u.reveal ?? false,
      u.labels ?? true,
      u.lang ?? null,
      FILTER_KINDS.map((k) => [...(u.filters?.[k] ?? [])].sort()),
    ]);
  return key(a) === key(b);
};

const urlStateOf = (s: AppState): UrlState => ({
  country: s.selectedId,
  present: s.slide === null ? null : s.slide + 1,
  filters: s.filters,
  membershipView: s.membershipView,
  quiz: s.quiz,
  reveal: s.quiz && s.slide !== null && s.revealed,
  labels: s.showLabels,
  lang: s.locale,
});

/**
 * The path for `locale` in a link: on one of the site's language pages (/, /ru/, /kk/) the page of
 * that language, so the link paints in it before any script runs; elsewhere (the single file) the
 * path as it is.
 */
const pathFor = (locale: AppState['locale'], pathname: string) => {
  const base = import.meta.env.BASE_URL;
  return pageLocaleOfPath(pathname, base) ? localePagePath(base, locale) : pathname;
};

/**
 * The URL is a view of the store: `?country=RUS` opens Russia on load, `?present=4` opens the tour
 * at slide 4 (`&quiz=1` on its question, `&quiz=1&reveal=1` on its answer), filters
 * (`?org=SCO&region=central-asia`), `asof=today`, `labels=0` and `lang=` are mirrored too. A
 * selection, starting or leaving the tour push a history entry (Back undoes them); moving between
 * slides or quiz steps and changing filters replace it, so Back does not replay a whole lesson.
 * The address bar is updated a frame after the change, never in the way of what the user sees.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const apply = (reportProblems: boolean) => {
      const store = useAppStore.getState();
      const { state, notices, unknownLang } = queryToState(
        window.location.search,
        selectableIds,
        known(store),
      );
      if (unknownLang !== undefined)
        notices.push({ id: 'language.unknownInLink', values: { value: unknownLang } });
      if (state.present === null) useAppStore.setState({ slide: null, returnTo: null });
      store.select(state.country);
      if (state.filters) store.setFilters(state.filters);
      store.setMembershipView(state.membershipView ?? 'article');
      store.setShowLabels(state.labels ?? true);
      store.setQuiz(state.quiz ?? false);
      // The language was settled before the app started (src/boot.tsx); Back and Forward restore it.
      if (state.lang && state.lang !== store.locale) store.setLocale(state.lang).catch(() => undefined);
      if (state.present !== null && state.present !== undefined)
        store.present(state.present - 1, state.reveal ?? false);
      if (reportProblems && notices.length > 0) store.addNotices(notices);
    };
    apply(true);
    // Written after the next paint, once per frame: the click's answer (the panel, the dimmed map)
    // shows first. `push` remembers whether any change in between deserves a history entry.
    let pending: { push: boolean } | null = null;
    let cancel: (() => void) | null = null;
    let restoring = false;
    const write = (s: AppState = useAppStore.getState()) => {
      if (!pending) return;
      const { push } = pending;
      pending = null;
      const current = window.location.search;
      const next = urlStateOf(s);
      // The URL already says this (e.g. after Back restored it): leave history alone.
      if (sameView(queryToState(current, selectableIds, known(s)).state, next)) return;
      const path = pathFor(s.locale, window.location.pathname);
      const url = `${path}${stateToQuery(next, current)}${window.location.hash}`;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    const unsubscribe = useAppStore.subscribe((s, previous) => {
      if (restoring) return;
      const selection = s.selectedId !== previous.selectedId;
      const tourStartedOrLeft = (s.slide === null) !== (previous.slide === null);
      const changed =
        selection ||
        s.slide !== previous.slide ||
        s.quiz !== previous.quiz ||
        s.revealed !== previous.revealed ||
        s.filters !== previous.filters ||
        s.membershipView !== previous.membershipView ||
        s.showLabels !== previous.showLabels ||
        s.locale !== previous.locale;
      if (!changed) return;
      const push = selection || tourStartedOrLeft;
      // Two selections within one frame are still two history entries: write the first now.
      if (push && pending?.push) write(previous);
      pending = { push: push || (pending?.push ?? false) };
      cancel ??= afterNextPaint(() => {
        cancel = null;
        write();
      });
    });
    // Once after start, whatever changes or not: the link then carries its language (and every
    // parameter in its canonical form), which it must not owe to a later change arriving in time.
    pending = { push: false };
    cancel = afterNextPaint(() => {
      cancel = null;
      write();
    });
    // Back and Forward: the history entry is the truth; a view not yet written is dropped with it.
    const onPopState = () => {
      pending = null;
      restoring = true;
      try {
        apply(false);
      } finally {
        restoring = false;
      }
    };
    window.addEventListener('popstate', onPopState);
    // Leaving or hiding the page before that frame still records the view.
    const onPageHide = () => write();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pagehide', onPageHide);
      unsubscribe();
      cancel?.();
    };
  }, []);
}
