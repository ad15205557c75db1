import type { StateCreator } from 'zustand';
import type { AppState } from './app-store.ts';

export type SelectionSlice = {
  /** ISO alpha-3 of the country whose panel is open. */
  selectedId: string | null;
  /** Where keyboard focus rests on the map (roving tabindex); follows the selection. */
  focusedId: string | null;
  /** The country under the pointer or keyboard focus, for the tooltip; x/y in map units. */
  hover: { id: string; x: number; y: number } | null;
  select: (id: string | null) => void;
  focusCountry: (id: string) => void;
  setHover: (hover: SelectionSlice['hover']) => void;
};

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  focusedId: null,
  hover: null,
  select: (id) => set((s) => ({ selectedId: id, focusedId: id ?? s.focusedId })),
  focusCountry: (id) => set({ focusedId: id }),
  setHover: (hover) => set({ hover }),
});
