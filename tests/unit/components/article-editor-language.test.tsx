import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import { DRAFT_KEY } from '../../../src/components/draft-key.ts';
import { useAppStore } from '../../../src/store/app-store.ts';

const draft = {
  text: 'Казахстан работает с Россией.',
  title: 'Черновик',
  date: '2017-03-03',
  homeId: 'KAZ',
  language: 'ru',
  sections: [{ id: 's1', title: '', start: 0, end: 29 }],
  attachments: [{ id: 'a1', start: 21, end: 28, countries: ['RUS'], relation: 'alliance' }],
};

const stored = () => JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}').draft;

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const openStored = async () => {
  localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, draft }));
  render(<App />);
  return screen.findByRole('dialog', { name: 'Write a map from an article' }, { timeout: 50_000 });
};

describe("the article's language in the editor", () => {
  it('is guessed from the pasted text, can be changed, and is kept with the draft', async () => {
    render(<App />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Write from an article' }, { timeout: 50_000 }),
    );
    const editor = await screen.findByRole(
      'dialog',
      { name: 'Write a map from an article' },
      { timeout: 50_000 },
    );
    const language = within(editor).getByLabelText('Language of the article') as HTMLSelectElement;
    fireEvent.change(within(editor).getByLabelText('Paste the article’s text'), {
      target: { value: 'Многовекторная политика Казахстана.\n\nРоссия — союзник.' },
    });
    expect(language.value).toBe('ru');
    fireEvent.change(within(editor).getByLabelText('Paste the article’s text'), {
      target: { value: 'Қазақстанның көпвекторлы саясаты.' },
    });
    expect(language.value).toBe('kk');
    fireEvent.change(language, { target: { value: 'ky' } });
    fireEvent.change(within(editor).getByLabelText(/^Home country/), { target: { value: 'KAZ' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Start' }));
    await within(editor).findByLabelText('The article’s text');
    expect(stored().language).toBe('ky');
    expect(within(editor).getByLabelText('The article’s text')).toHaveAttribute('lang', 'ky');
  });

  it("marks the passages' quotes with it, in the editor and on the map, and follows a change", async () => {
    const editor = await openStored();
    expect(editor.querySelector('q')).toHaveAttribute('lang', 'ru');
    const panelQuote = () => document.querySelector('aside blockquote');
    await expect
      .poll(() => useAppStore.getState().dataset.source.title, { timeout: 50_000 })
      .toBe('Черновик');
    fireEvent.click(within(editor).getByRole('button', { name: /^Show Russia/ }));
    await expect.poll(() => panelQuote()?.textContent, { timeout: 50_000 }).toBe('Россией');
    expect(panelQuote()).toHaveAttribute('lang', 'ru');
    // A change re-draws the map from the draft: the open panel stays open and follows it.
    fireEvent.change(within(editor).getByLabelText('Language of the article'), { target: { value: 'kk' } });
    expect(stored().language).toBe('kk');
    expect(editor.querySelector('q')).toHaveAttribute('lang', 'kk');
    await expect.poll(() => panelQuote()?.getAttribute('lang'), { timeout: 50_000 }).toBe('kk');
    expect(panelQuote()?.textContent).toBe('Россией');
    expect(useAppStore.getState().selectedId).toBe('RUS');
  });
});

describe('attached passages in the text', () => {
  it('are marked behind the text, and "Show passage" selects one', async () => {
    const editor = await openStored();
    const marks = [...editor.querySelectorAll('.article-editor__marks mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Россией']);
    // Fitted to the textarea once both are on the page (jsdom has no layout: sizes are 0 px here).
    const backdrop = editor.querySelector<HTMLElement>('.article-editor__marks');
    expect(backdrop?.style.width).toBe('0px');
    const area = within(editor).getByLabelText('The article’s text') as HTMLTextAreaElement;
    fireEvent.click(within(editor).getByRole('button', { name: 'Show passage 1 in the text' }));
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([21, 28]);
    expect(editor).toHaveTextContent('Selected: 7 characters');

    // The map shows the draft before the test ends (its validator is loaded on demand).
    await expect
      .poll(() => useAppStore.getState().dataset.source.title, { timeout: 50_000 })
      .toBe('Черновик');
  });
});
