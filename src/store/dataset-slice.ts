import builtIn from 'virtual:dataset';
import type { StateCreator } from 'zustand';
import type { Message } from '../i18n/i18n.ts';
import type { Dataset } from '../model/schema.ts';
import type { AppState } from './app-store.ts';

export type DatasetSlice = {
  /** The dataset on show; the built-in one is validated at build time (scripts/vite-plugin-app-data.ts). */
  dataset: Dataset;
  /** False while a dataset loaded from a file is on show. */
  isBuiltIn: boolean;
  /** Switches to a validated dataset: its home country, its partners, its tour; the old selection is dropped. */
  showDataset: (dataset: Dataset) => void;
  /**
   * Shows a new version of the dataset being written (the editor's draft after a change): the open
   * country stays open, so the panel follows the work instead of closing at every step.
   */
  updateDataset: (dataset: Dataset) => void;
  /** Back to the built-in article. */
  restoreBuiltIn: () => void;
  /** Problems with the last file the user tried to load; what was on show stays as it was. */
  loadErrors: Message[];
  setLoadErrors: (errors: Message[]) => void;
};

export const builtInDataset: Dataset = builtIn;

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set) => ({
  dataset: builtIn,
  isBuiltIn: true,
  loadErrors: [],
  setLoadErrors: (loadErrors) => set({ loadErrors }),
  showDataset: (dataset) =>
    set({
      dataset,
      isBuiltIn: false,
      loadErrors: [],
      selectedId: null,
      focusedId: null,
      hover: null,
      tourSteps: null,
    }),
  updateDataset: (dataset) =>
    set({ dataset, isBuiltIn: false, loadErrors: [], hover: null, tourSteps: null }),
  restoreBuiltIn: () =>
    set({
      dataset: builtIn,
      isBuiltIn: true,
      loadErrors: [],
      selectedId: null,
      focusedId: null,
      hover: null,
      tourSteps: null,
    }),
});
