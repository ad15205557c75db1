import type { StateCreator } from 'zustand';
import type { AppState } from './app-store.ts';

export type ViewSlice = {
  /** The same countries as a map or as a table. */
  view: 'map' | 'table';
  /** Great-circle arcs from the home country's capital; on by default on wide screens, off on phones. */
  showArcs: boolean;
  setView: (view: ViewSlice['view']) => void;
  setShowArcs: (show: boolean) => void;
};

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: 'map',
  // Off until mounted: the prerendered HTML cannot know the screen (see app/use-screen-defaults.ts).
  showArcs: false,
  setView: (view) => set({ view }),
  setShowArcs: (showArcs) => set({ showArcs }),
});
