import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_KEY } from '../../../src/components/draft-key.ts';
import ArticleEditor from '../../../src/features/article-editor/article-editor.tsx';
import { useAppStore } from '../../../src/store/app-store.ts';

const text = 'Kazakhstan works with Russia.\n\nNeighbours\n\nIt will deepen cooperation with China.';
const draft = {
  text,
  title: 'Two sections',
  date: '2017-03-03',
  homeId: 'KAZ',
  sections: [
    { id: 's1', title: '', start: 0, end: 31 },
    { id: 's2', title: 'Neighbours', start: 31, end: text.length },
  ],
  attachments: [
    { id: 'a1', start: 22, end: 28, countries: ['RUS'], relation: 'alliance' },
    {
      id: 'a2',
      start: text.indexOf('China'),
      end: text.length - 1,
      countries: ['CHN'],
      relation: 'cooperation',
    },
  ],
};

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const slides = () => screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-slide'));
const order = () => slides().map((li) => li.getAttribute('data-slide'));
const stored = () => JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}').draft?.tour;

describe('the tour, edited slide by slide', () => {
  it('starts from the sections, moves, renames and removes slides with focus kept, and undoes', async () => {
    const user = userEvent.setup();
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, draft }));
    render(<ArticleEditor />);
    // The editor's words load first: a busy machine may take seconds (the state is waited for).
    const tour = await screen.findByRole('region', { name: 'Tour' }, { timeout: 50_000 });
    expect(tour).toHaveTextContent('The tour is made from the sections in article order: 2 slides.');
    await user.click(within(tour).getByRole('button', { name: 'Edit the tour slide by slide' }));
    expect(order()).toEqual(['s1', 's2']);
    expect(screen.getByLabelText('Title of the tour')).toHaveFocus();
    expect(screen.getByLabelText('Title of slide 2')).toHaveValue('Neighbours');
    expect(stored()?.steps).toHaveLength(2);

    // Moved up to the top: its "up" is disabled there, so focus stays on the slide's other move button.
    await user.click(screen.getByRole('button', { name: 'Move slide 2 up' }));
    expect(order()).toEqual(['s2', 's1']);
    expect(screen.getByRole('button', { name: 'Move slide 1 down' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Move slide 1 down' }));
    expect(order()).toEqual(['s1', 's2']);
    expect(screen.getByRole('button', { name: 'Move slide 2 up' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Move slide 2 up' }));

    const title = screen.getByLabelText('Title of slide 1');
    await user.clear(title);
    await user.type(title, '  Our neighbours {Enter}');
    expect(screen.getByLabelText('Title of slide 1')).toHaveValue('Our neighbours');
    expect(stored()?.steps[0]).toMatchObject({ id: 's2', title: 'Our neighbours', quotes: ['China'] });

    // Removed: focus goes to the next slide's title, which is now slide 1; the last slide stays.
    await user.click(screen.getByRole('button', { name: 'Remove slide 1' }));
    expect(order()).toEqual(['s1']);
    expect(screen.getByLabelText('Title of slide 1')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Remove slide 1' })).toBeDisabled();
    expect(screen.getByRole('button', { name: /^Remove quote 1 of slide 1/ })).toBeDisabled();

    // Undo brings the slide back with its new title, then the order, then the made tour.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(order()).toEqual(['s2', 's1']);
    expect(screen.getByLabelText('Title of slide 1')).toHaveValue('Our neighbours');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByLabelText('Title of slide 1')).toHaveValue('Neighbours');
    // Three moves, then the start of editing.
    for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(slides()).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Edit the tour slide by slide' })).toBeInTheDocument();
    expect(stored()).toBeUndefined();
  });

  it("names the teacher's copy of the tour in the interface's language", async () => {
    const user = userEvent.setup();
    await useAppStore.getState().setLocale('ru');
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, draft }));
    render(<ArticleEditor />);
    const tour = await screen.findByRole('region', { name: 'Презентация' }, { timeout: 50_000 });
    await user.click(within(tour).getByRole('button', { name: 'Редактировать презентацию по слайдам' }));
    expect(screen.getByLabelText('Название презентации')).toHaveValue('Презентация статьи');
    expect(stored()?.title).toBe('Презентация статьи');
  });

  it("adds a selected passage to a slide, in the article's language, and removes it with focus kept", async () => {
    const user = userEvent.setup();
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, draft: { ...draft, language: 'ru' } }));
    render(<ArticleEditor />);
    const tour = await screen.findByRole('region', { name: 'Tour' }, { timeout: 50_000 });
    await user.click(within(tour).getByRole('button', { name: 'Edit the tour slide by slide' }));
    const area = screen.getByLabelText('The article’s text') as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(text.indexOf('It will'), text.indexOf(' cooperation'));
    fireEvent.select(area);
    await user.click(screen.getByRole('button', { name: 'Add the selected passage to slide 2' }));
    const quotes = () => [...(slides()[1]?.querySelectorAll('q') ?? [])];
    expect(quotes().map((q) => [q.textContent, q.getAttribute('lang')])).toEqual([
      ['China', 'ru'],
      ['It will deepen', 'ru'],
    ]);
    await user.click(screen.getByRole('button', { name: /^Remove quote 2 of slide 2/ }));
    expect(quotes()).toHaveLength(1);
    expect(screen.getByLabelText('Title of slide 2')).toHaveFocus();
  });
});
