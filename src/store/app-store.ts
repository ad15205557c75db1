import { create } from 'zustand';
import { setNamesDate } from '../world/world.ts';
import { type ArticleEditorSlice, createArticleEditorSlice } from './article-editor-slice.ts';
import { createDatasetSlice, type DatasetSlice } from './dataset-slice.ts';
import { createFiltersSlice, type FiltersSlice } from './filters-slice.ts';
import { createLocaleSlice, type LocaleSlice } from './locale-slice.ts';
import { createNoticesSlice, type NoticesSlice } from './notices-slice.ts';
import { createPresentationSlice, type PresentationSlice } from './presentation-slice.ts';
import { createSelectionSlice, type SelectionSlice } from './selection-slice.ts';
import { createSheetImportSlice, type SheetImportSlice } from './sheet-import-slice.ts';
import { createViewSlice, type ViewSlice } from './view-slice.ts';

export type AppState = DatasetSlice &
  SelectionSlice &
  NoticesSlice &
  FiltersSlice &
  ViewSlice &
  PresentationSlice &
  LocaleSlice &
  SheetImportSlice &
  ArticleEditorSlice;

/** The one store, composed from typed slices. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createDatasetSlice(...a),
  ...createSelectionSlice(...a),
  ...createNoticesSlice(...a),
  ...createFiltersSlice(...a),
  ...createViewSlice(...a),
  ...createPresentationSlice(...a),
  ...createLocaleSlice(...a),
  ...createSheetImportSlice(...a),
  ...createArticleEditorSlice(...a),
}));

// Countries are named as on the dataset's date (a renaming since: world.ts `setNamesDate`), set
// before components render the dataset, however it was replaced.
useAppStore.subscribe((state, previous) => {
  if (state.dataset.asOf !== previous.dataset.asOf) setNamesDate(state.dataset.asOf);
});
