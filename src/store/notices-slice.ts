import type { StateCreator } from 'zustand';
import type { AppState } from './app-store.ts';

export type Notice = { id: number; text: string };

export type NoticesSlice = {
  /** Messages about input the app could not use (a bad link, later a bad file); dismissible. */
  notices: Notice[];
  addNotices: (texts: string[]) => void;
  dismissNotice: (id: number) => void;
};

let nextId = 1;

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  addNotices: (texts) =>
    set((s) => ({ notices: [...s.notices, ...texts.map((text) => ({ id: nextId++, text }))] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
