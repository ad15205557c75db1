import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import { DRAFT_KEY } from '../../../src/components/draft-key.ts';

const draft = {
  text: 'Kazakhstan works with Russia.',
  title: 'A stored draft',
  date: '2017-03-03',
  homeId: 'KAZ',
  sections: [{ id: 's1', title: '', start: 0, end: 29 }],
  attachments: [{ id: 'a1', start: 22, end: 28, countries: ['RUS'], relation: 'alliance' }],
};

// Unmounted first: a mounted editor saves its draft again on any render (the store's reset after
// each test re-renders it), which would put back what was just cleared.
afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('a draft stored by an earlier visit', () => {
  it('reopens the editor with its passages, and the map shows it', async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, draft }));
    render(<App />);
    const editor = await screen.findByRole(
      'dialog',
      { name: 'Write a map from an article' },
      { timeout: 50_000 },
    );
    expect(editor).toHaveTextContent('1 attached passage');
    expect(editor.querySelector('q')?.textContent).toBe('Russia');
    await expect
      .poll(() => document.querySelector('[data-id="RUS"][role="button"]')?.getAttribute('data-relation'), {
        timeout: 50_000,
      })
      .toBe('alliance');
  });

  it('opens no editor when none is stored', async () => {
    render(<App />);
    await screen.findByRole('button', { name: 'Write from an article' });
    expect(screen.queryByRole('dialog', { name: 'Write a map from an article' })).toBeNull();
  });
});
