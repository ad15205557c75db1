import type { StateCreator } from 'zustand';
import { emptyFilters, type FilterKind, type FilterState } from '../model/filters.ts';
import type { AppState } from './app-store.ts';

/** Which membership lists the filters and cards use: the article's date or today's. */
export type MembershipView = 'article' | 'today';

export type FiltersSlice = {
  filters: FilterState;
  membershipView: MembershipView;
  /** Today's date (YYYY-MM-DD), taken once when the store is made, for the "today" membership view. */
  today: string;
  /** Adds `id` to a filter kind, or removes it when it is already chosen. */
  toggleFilter: (kind: FilterKind, id: string) => void;
  setFilters: (filters: FilterState) => void;
  clearFilters: () => void;
  setMembershipView: (view: MembershipView) => void;
};

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: emptyFilters,
  membershipView: 'article',
  today: new Date().toISOString().slice(0, 10),
  toggleFilter: (kind, id) =>
    set((s) => {
      const chosen = s.filters[kind];
      const next = chosen.includes(id) ? chosen.filter((v) => v !== id) : [...chosen, id];
      return { filters: { ...s.filters, [kind]: next } };
    }),
  setFilters: (filters) => set({ filters }),
  clearFilters: () => set({ filters: emptyFilters }),
  setMembershipView: (membershipView) => set({ membershipView }),
});
