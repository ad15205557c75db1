import type { StateCreator } from 'zustand';
import type { Message } from '../i18n/i18n.ts';
import type { AppState } from './app-store.ts';

/**
 * A notice's text: a message worded when shown (so it follows a language switch), or words that
 * are already final (an error's own text from a browser or a file).
 */
export type NoticeText = Message | string;

export type Notice = { id: number; text: NoticeText };

export type NoticesSlice = {
  /** Messages about input the app could not use (a bad link, later a bad file); dismissible. */
  notices: Notice[];
  addNotices: (texts: readonly NoticeText[]) => void;
  dismissNotice: (id: number) => void;
};

let nextId = 1;

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  addNotices: (texts) =>
    set((s) => ({ notices: [...s.notices, ...texts.map((text) => ({ id: nextId++, text }))] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
