import type { StateCreator } from 'zustand';
import type { AppState } from './app-store.ts';

export type SelectionSlice = {
  /** ISO alpha-3 of the country whose panel is open. */
  selectedId: string | null;
  /** The selection was made on the map (click, Enter): the panel then takes focus. */
  selectedOnMap: boolean;
  /** Where keyboard focus rests on the map (roving tabindex); follows the selection. */
  focusedId: string | null;
  /** The country under the pointer or keyboard focus, for the tooltip; x/y in map units. */
  hover: { id: string; x: number; y: number } | null;
  select: (id: string | null, on?: 'map') => void;
  focusCountry: (id: string) => void;
  setHover: (hover: SelectionSlice['hover']) => void;
};

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  selectedOnMap: false,
  focusedId: null,
  hover: null,
  select: (id, on) =>
    set((s) => ({ selectedId: id, selectedOnMap: on === 'map', focusedId: id ?? s.focusedId })),
  focusCountry: (id) => set({ focusedId: id }),
  setHover: (hover) => set({ hover }),
});
