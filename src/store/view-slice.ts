import type { StateCreator } from 'zustand';
import type { AppState } from './app-store.ts';

export type ViewSlice = {
  /** The same countries as a map or as a table. */
  view: 'map' | 'table';
  /** Great-circle arcs from Astana; on by default on wide screens, off on phones. */
  showArcs: boolean;
  setView: (view: ViewSlice['view']) => void;
  setShowArcs: (show: boolean) => void;
};

const wideScreen = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(min-width: 721px)').matches
    : false;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: 'map',
  showArcs: wideScreen(),
  setView: (view) => set({ view }),
  setShowArcs: (showArcs) => set({ showArcs }),
});
