import type { StateCreator } from 'zustand';
import { discardDraft, hasStoredDraft } from '../components/draft-key.ts';
import type { AppState } from './app-store.ts';

/** How a question about the stored draft was answered: show the file (keeping or discarding the draft), or not. */
export type ReplaceAnswer = 'keep' | 'discard' | 'cancel';

export type ArticleEditorSlice = {
  /** The article editor is open. */
  editorOpen: boolean;
  openEditor: () => void;
  /** After the start (not during hydration: the prerendered page has no editor): reopens the editor when a draft is stored. */
  resumeDraft: () => void;
  closeEditor: () => void;
  /** A pending question "a draft exists: show this file instead?"; answered by the confirm dialog. */
  replaceQuestion: ((answer: ReplaceAnswer) => void) | null;
  /**
   * Before another file replaces the map: true at once when no draft is stored, else asks (our own
   * dialog) and resolves to whether to go on. The draft is never dropped without the user saying so.
   */
  askBeforeReplacing: () => Promise<boolean>;
};

export const createArticleEditorSlice: StateCreator<AppState, [], [], ArticleEditorSlice> = (set) => ({
  editorOpen: false,
  openEditor: () => set({ editorOpen: true }),
  resumeDraft: () => {
    if (hasStoredDraft()) set({ editorOpen: true });
  },
  closeEditor: () => set({ editorOpen: false }),
  replaceQuestion: null,
  askBeforeReplacing: () =>
    hasStoredDraft()
      ? new Promise<boolean>((resolve) =>
          set({
            replaceQuestion: (answer) => {
              set({ replaceQuestion: null, ...(answer === 'cancel' ? {} : { editorOpen: false }) });
              if (answer === 'discard') discardDraft();
              resolve(answer !== 'cancel');
            },
          }),
        )
      : Promise.resolve(true),
});
