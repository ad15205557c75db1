import { describe, expect, it } from 'vitest';
import { loadCatalogPart } from '../../../src/components/catalog-parts.ts';
import { i18n, t } from '../../../src/i18n/i18n.ts';
import { useAppStore } from '../../../src/store/app-store.ts';

describe('catalog parts: words the first view does not show come with their feature', () => {
  it('the spreadsheet import’s, the About dialog’s and the tour’s too, in every language', async () => {
    await useAppStore.getState().setLocale('ru');
    const samples = { import: 'import.cancel', about: 'about.mapHeading', tour: 'quiz.answer' } as const;
    for (const [part, id] of Object.entries(samples)) {
      expect(i18n.messages[id], id).toBeUndefined();
      await loadCatalogPart(part as keyof typeof samples);
      expect(t(id), id).not.toBe(id);
    }
    // The first view's own About button is in the main catalog; validation's words are in a part
    // too, which tests/setup.ts loads for every test (model tests word its messages directly).
    expect(t('about.title')).not.toBe('about.title');
    expect(t('validation.duplicateId', { path: 'x', id: 'y' })).not.toBe('validation.duplicateId');
    await useAppStore.getState().setLocale('kk');
    for (const id of Object.values(samples)) expect(t(id), id).not.toBe(id);
  });

  it('are not in the first view’s catalog until the editor loads them', async () => {
    await useAppStore.getState().setLocale('en');
    // The header's button is in the first view; the rest comes with the editor.
    expect(i18n.messages['editor.open']).toBeDefined();
    expect(i18n.messages['editor.attach']).toBeUndefined();
    await loadCatalogPart('editor');
    expect(t('editor.attach')).toBe('Attach');
    // Loaded once, for every language switched to afterwards (not only the one on screen).
    await useAppStore.getState().setLocale('ru');
    expect(t('editor.attach')).toBe('Прикрепить');
  });

  it('count passages with Russian and Kazakh plurals (1, 2, 5, 21)', async () => {
    await loadCatalogPart('editor');
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
