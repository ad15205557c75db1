import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_KEY } from '../../../src/components/draft-key.ts';
import ArticleEditor from '../../../src/features/article-editor/article-editor.tsx';

// "Partners abroad:" ends with a colon, so the text's headings did not include it.
const text = 'Kazakhstan works with Russia.\n\nPartners abroad:\n\nIt will deepen cooperation with China.';
const draft = {
  text,
  title: 'One section',
  date: '2017-03-03',
  homeId: 'KAZ',
  sections: [{ id: 's1', title: '', start: 0, end: text.length }],
  attachments: [{ id: 'a1', start: 22, end: 28, countries: ['RUS'], relation: 'alliance' }],
};

const stored = () => JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}').draft;

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe("the draft's sections", () => {
  it('start at a selected line, are removed into the one before with focus kept, and undo', async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, draft }));
    render(<ArticleEditor />);
    const area = (await screen.findByLabelText(
      'The article’s text',
      {},
      { timeout: 50_000 },
    )) as HTMLTextAreaElement;
    const add = screen.getByRole('button', { name: 'Start a section at the selected line' });
    expect(add).toBeDisabled();
    expect(screen.getByRole('button', { name: /^Remove section 1/ })).toBeDisabled();

    const at = text.indexOf('Partners');
    area.focus();
    area.setSelectionRange(at, at + 'Partners abroad:'.length);
    fireEvent.select(area);
    fireEvent.click(add);
    expect(screen.getByLabelText('Heading of section 2')).toHaveValue('Partners abroad:');
    expect(stored().sections).toEqual([
      { id: 's1', title: '', start: 0, end: at },
      { id: 's2', title: 'Partners abroad:', start: at, end: text.length },
    ]);

    fireEvent.click(screen.getByRole('button', { name: /^Remove section 1/ }));
    expect(screen.getByRole('heading', { name: 'Sections' })).toHaveFocus();
    expect(stored().sections).toEqual([{ id: 's2', title: 'Partners abroad:', start: 0, end: text.length }]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(stored().sections).toHaveLength(2);
  });
});
