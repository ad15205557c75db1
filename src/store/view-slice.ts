import type { StateCreator } from 'zustand';
import type { View } from '../geo/zoom-machine.ts';
import type { AppState } from './app-store.ts';

export type ViewSlice = {
  /** The same countries as a map or as a table. */
  view: 'map' | 'table';
  /** Great-circle arcs from the home country's capital; on by default on wide screens, off on phones. */
  showArcs: boolean;
  /** Country names on the map (`?labels=0` hides them). */
  showLabels: boolean;
  /**
   * Where the map last came to rest, in map units (screen = k · point + (x, y)): the names are
   * placed for it. Not updated during a gesture or a glide.
   */
  restingView: View;
  setView: (view: ViewSlice['view']) => void;
  setShowArcs: (show: boolean) => void;
  setShowLabels: (show: boolean) => void;
  setRestingView: (view: View) => void;
};

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: 'map',
  // Off until mounted: the prerendered HTML cannot know the screen (see app/use-screen-defaults.ts).
  showArcs: false,
  showLabels: true,
  restingView: { k: 1, x: 0, y: 0 },
  setView: (view) => set({ view }),
  setShowArcs: (showArcs) => set({ showArcs }),
  setShowLabels: (showLabels) => set({ showLabels }),
  setRestingView: (restingView) => set({ restingView }),
});
