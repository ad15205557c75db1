import { describe, expect, it } from 'vitest';
import {
  BROKEN_DRAFT_KEY,
  DRAFT_KEY,
  discardDraft,
  hasStoredDraft,
} from '../../../src/components/draft-key.ts';
import { readDraft, saveDraft, setDraftAside } from '../../../src/components/draft-storage.ts';
import type { ArticleDraft } from '../../../src/model/article-draft/draft-schema.ts';

/** A Storage in memory; `limit` characters make it throw the browser's quota error. */
function memoryStorage(limit = Number.POSITIVE_INFINITY): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => {
      if (v.length > limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(k, v);
    },
  };
}

const draft: ArticleDraft = {
  text: 'Kazakhstan works with Russia.',
  title: 'A title',
  date: '2017-03-03',
  homeId: 'KAZ',
  sections: [{ id: 's1', title: '', start: 0, end: 29 }],
  attachments: [{ id: 'a1', start: 22, end: 28, countries: ['RUS'], relation: 'alliance' }],
};

describe('the draft kept in the browser', () => {
  it('comes back as it was saved, and is gone once discarded', () => {
    const s = memoryStorage();
    expect(readDraft(() => s)).toEqual({ kind: 'none' });
    expect(saveDraft(draft, () => s)).toEqual({ ok: true });
    expect(hasStoredDraft(() => s)).toBe(true);
    expect(readDraft(() => s)).toEqual({ kind: 'ok', draft });
    expect(discardDraft(() => s)).toBe(true);
    expect(hasStoredDraft(() => s)).toBe(false);
  });

  it.each([
    ['not JSON', '{"version":1,', /JSON|Unexpected|Expected/],
    ['another version', '{"version":7,"draft":{}}', /version/],
    [
      'a passage outside the text',
      JSON.stringify({
        version: 1,
        draft: { ...draft, attachments: [{ ...draft.attachments[0], end: 999 }] },
      }),
      /outside the text/,
    ],
    [
      'a script for a country',
      JSON.stringify({ version: 1, draft: { ...draft, homeId: '<img src=x onerror=alert(1)>' } }),
      /homeId/,
    ],
  ])('sets aside a broken draft (%s) and says why', (_, raw, why) => {
    const s = memoryStorage();
    s.setItem(DRAFT_KEY, raw);
    const result = readDraft(() => s);
    expect(result.kind).toBe('broken');
    expect(result.kind === 'broken' && result.detail).toMatch(why);
    // Reading has no effect: React may render the editor twice (a render it discards and starts
    // again on a busy machine), and each render must see the same broken draft.
    expect(readDraft(() => s)).toEqual(result);
    if (result.kind === 'broken') setDraftAside(result, () => s);
    expect(s.getItem(BROKEN_DRAFT_KEY)).toBe(raw);
    expect(s.getItem(DRAFT_KEY)).toBeNull();
  });

  it('reports a full storage as a quota error, and a refusing one as refused', () => {
    expect(saveDraft(draft, () => memoryStorage(10))).toMatchObject({ ok: false, reason: 'quota' });
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(saveDraft(draft, blocked)).toMatchObject({ ok: false, reason: 'refused' });
    expect(readDraft(blocked)).toEqual({ kind: 'none' });
    expect(hasStoredDraft(blocked)).toBe(false);
  });
});
