import { describe, expect, it } from 'vitest';
import { loadEditorWords } from '../../../src/components/editor-words.ts';
import { i18n, t } from '../../../src/i18n/i18n.ts';
import { useAppStore } from '../../../src/store/app-store.ts';

describe('the editor’s words, a catalog part of their own', () => {
  it('are not in the first view’s catalog until the editor loads them', async () => {
    await useAppStore.getState().setLocale('en');
    // The header's button is in the first view; the rest comes with the editor.
    expect(i18n.messages['editor.open']).toBeDefined();
    expect(i18n.messages['editor.attach']).toBeUndefined();
    await loadEditorWords();
    expect(t('editor.attach')).toBe('Attach');
    // Loaded once, for every language switched to afterwards (not only the one on screen).
    await useAppStore.getState().setLocale('ru');
    expect(t('editor.attach')).toBe('Прикрепить');
  });

  it('count passages with Russian and Kazakh plurals (1, 2, 5, 21)', async () => {
    await loadEditorWords();
    await useAppStore.getState().setLocale('ru');
    expect([1, 2, 5, 21].map((count) => t('editor.attachments.title', { count }))).toEqual([
      '1 прикреплённый отрывок',
      '2 прикреплённых отрывка',
      '5 прикреплённых отрывков',
      '21 прикреплённый отрывок',
    ]);
    await useAppStore.getState().setLocale('kk');
    expect([1, 2, 5, 21].map((count) => t('editor.attachments.title', { count }))).toEqual([
      '1 тіркелген үзінді',
      '2 тіркелген үзінді',
      '5 тіркелген үзінді',
      '21 тіркелген үзінді',
    ]);
    expect(t('draft.replace.keep')).toBe('Файлды көрсету, жобаны сақтау');
  });
});
