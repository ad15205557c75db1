import { type ArticleDraft, articleDraftSchema } from '../model/article-draft/draft-schema.ts';
import { BROKEN_DRAFT_KEY, DRAFT_KEY } from './draft-key.ts';

/** What a stored draft turned out to be; `broken` with why, and its text to set aside. */
export type StoredDraft =
  | { kind: 'none' }
  | { kind: 'ok'; draft: ArticleDraft }
  | { kind: 'broken'; detail: string; raw: string };

/** Why a save failed: the browser's storage is full, or refuses (blocked, private mode). */
export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'refused'; detail: string };

const STORAGE = () => window.localStorage;

const isQuota = (e: unknown) =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/** Saves the draft (a versioned envelope); never throws, a failure comes back with its reason. */
export function saveDraft(draft: ArticleDraft, storage: () => Storage = STORAGE): SaveResult {
  try {
    storage().setItem(DRAFT_KEY, JSON.stringify({ version: 1, draft }));
    return { ok: true };
  } catch (e) {
    return {
      ok: false,
      reason: isQuota(e) ? 'quota' : 'refused',
      detail: e instanceof Error ? e.message : String(e),
    };
  }
}

function parse(raw: string): ArticleDraft | string {
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch (e) {
    return (e as Error).message;
  }
  if (typeof stored !== 'object' || stored === null || (stored as { version?: unknown }).version !== 1)
    return 'not a draft of this version';
  const checked = articleDraftSchema.safeParse((stored as { draft?: unknown }).draft);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  return `${issue?.path.join('.') || '(draft)'}: ${issue?.message ?? 'invalid'}`;
}

/**
 * Reads the stored draft and checks it like any untrusted input; reading changes nothing (a render
 * may read it, and React may render twice). A broken or hostile one comes back as `broken`, with
 * why and its text, for `setDraftAside`.
 */
export function readDraft(storage: () => Storage = STORAGE): StoredDraft {
  let raw: string | null;
  try {
    raw = storage().getItem(DRAFT_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  const result = parse(raw);
  if (typeof result !== 'string') return { kind: 'ok', draft: result };
  return { kind: 'broken', detail: result, raw };
}

/**
 * Moves a broken draft aside (to BROKEN_DRAFT_KEY: not deleted, not used), so the editor starts
 * clean. Called once the editor is on screen telling the user why; a second call does nothing.
 */
export function setDraftAside(broken: { raw: string }, storage: () => Storage = STORAGE): void {
  try {
    if (storage().getItem(DRAFT_KEY) !== broken.raw) return;
    storage().setItem(BROKEN_DRAFT_KEY, broken.raw);
    storage().removeItem(DRAFT_KEY);
  } catch {
    // Cannot set it aside (storage full): it stays where it was, unused, and the user is told.
  }
}
