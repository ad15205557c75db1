/** Where the article editor keeps its draft between visits (localStorage), and where a broken one is set aside. */
export const DRAFT_KEY = 'kazakhstan-map.article-draft';
export const BROKEN_DRAFT_KEY = 'kazakhstan-map.article-draft.broken';

/**
 * True when a draft is stored. Cheap and without its checks, so the first view can ask it
 * (to reopen the editor, or to ask before another file replaces the map); storage that throws
 * (blocked, private windows) holds no draft.
 */
export function hasStoredDraft(storage: () => Storage = () => window.localStorage): boolean {
  try {
    return storage().getItem(DRAFT_KEY) !== null;
  } catch {
    return false;
  }
}

/** Forgets the stored draft; true when storage did so. */
export function discardDraft(storage: () => Storage = () => window.localStorage): boolean {
  try {
    storage().removeItem(DRAFT_KEY);
    return true;
  } catch {
    return false;
  }
}
