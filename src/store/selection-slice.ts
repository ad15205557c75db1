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

const sameHover = (a: SelectionSlice['hover'], b: SelectionSlice['hover']) =>
  a === b || (a !== null && b !== null && a.id === b.id && a.x === b.x && a.y === b.y);

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selectedId: null,
  selectedOnMap: false,
  focusedId: null,
  hover: null,
  select: (id, on) =>
    set((s) => ({ selectedId: id, selectedOnMap: on === 'map', focusedId: id ?? s.focusedId })),
  focusCountry: (id) => set({ focusedId: id }),
  // A pointer that has not moved (the move a click starts with) changes nothing: no store update,
  // so no tooltip render in front of the click.
  setHover: (hover) => {
    if (!sameHover(get().hover, hover)) set({ hover });
  },
});
