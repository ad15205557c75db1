import builtIn from 'virtual:dataset';
import type { StateCreator } from 'zustand';
import type { Dataset } from '../model/schema.ts';
import type { AppState } from './app-store.ts';

export type DatasetSlice = {
  /** The dataset on show; the built-in one is validated at build time (scripts/vite-plugin-app-data.ts). */
  dataset: Dataset;
};

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = () => ({
  dataset: builtIn,
});
