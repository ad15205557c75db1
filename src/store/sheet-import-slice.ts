import type { StateCreator } from 'zustand';
import type { AppState } from './app-store.ts';

/** A spreadsheet waiting in the preview: its text, and its file name ('' for pasted cells). */
export type PendingSheet = { text: string; name: string };

export type SheetImportSlice = {
  /** The sheet the preview shows; nothing of it is applied until the user confirms. */
  pendingSheet: PendingSheet | null;
  openSheet: (sheet: PendingSheet) => void;
  closeSheet: () => void;
};

export const createSheetImportSlice: StateCreator<AppState, [], [], SheetImportSlice> = (set) => ({
  pendingSheet: null,
  openSheet: (pendingSheet) => set({ pendingSheet, loadErrors: [] }),
  closeSheet: () => set({ pendingSheet: null }),
});
