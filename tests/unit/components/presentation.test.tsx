import tour from 'virtual:tour';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import Presentation from '../../../src/features/presentation/presentation.tsx';
import { useAppStore } from '../../../src/store/app-store.ts';
import { useHighlight } from '../../../src/store/use-highlight.ts';
import { countryName } from '../../../src/world/world.ts';

function Highlight() {
  const set = useHighlight();
  return <output aria-label="highlighted">{set ? [...set].sort().join(' ') : 'none'}</output>;
}

describe('Presentation', () => {
  it('moves through slides with clicker keys, highlights their countries and leaves on Esc', async () => {
    const user = userEvent.setup();
    useAppStore.getState().select('CHN');
    act(() => useAppStore.getState().present(4));
    render(
      <>
        <Presentation />
        <Highlight />
      </>,
    );
    const total = tour.steps.length;
    expect(await screen.findByRole('heading', { name: 'Russia' })).toHaveFocus();
    expect(screen.getByText(`5 / ${total}`)).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'highlighted' })).toHaveTextContent('KAZ RUS');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { name: 'China' })).toBeInTheDocument();
    expect(screen.getByText(`Slide 6 of ${total}: China`)).toBeInTheDocument();
    await user.keyboard('{PageUp}{PageUp}');
    expect(screen.getByRole('heading', { name: 'The organisations' })).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByRole('heading', { name: 'The principles' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'highlighted' })).toHaveTextContent('none');
    await user.click(screen.getByRole('button', { name: '← Previous' }));
    expect(screen.getByText(`${total - 1} / ${total}`)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().slide).toBeNull();
    expect(useAppStore.getState().selectedId).toBe('CHN');
  });

  it("in the quiz asks about the slide's countries by name, then reveals relation and quote", async () => {
    const user = userEvent.setup();
    act(() => {
      useAppStore.getState().setQuiz(true);
      useAppStore.getState().present(4);
    });
    render(<Presentation />);
    const total = tour.steps.length;
    const home = countryName(useAppStore.getState().dataset.home.id);
    const question = `How does the article describe ${home}'s relation with this country?`;
    await screen.findByRole('heading', { name: 'Russia' });
    const live = () => screen.getByText(/^Slide 5 of/);
    expect(screen.getByText(question)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: "The slide's countries" })).toHaveTextContent('Russia');
    expect(document.querySelector('blockquote')).toBeNull();
    expect(screen.queryByText(/Alliance/)).toBeNull();
    expect(live()).toHaveTextContent(`Slide 5 of ${total}: Russia. ${question} Russia.`);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { name: 'Russia' })).toBeInTheDocument();
    expect(screen.queryByText(question)).toBeNull();
    expect(screen.getByRole('list', { name: 'Answer' })).toHaveTextContent('Alliance: Russia');
    expect(
      screen.getByText(/Good Neighbourliness and Alliance Agreement/, { selector: 'blockquote' }),
    ).toBeVisible();
    expect(live()).toHaveTextContent(
      `Slide 5 of ${total}: Russia. Answer: Alliance: Russia. “Based on the Good Neighbourliness`,
    );
    await user.keyboard(' ');
    expect(screen.getByRole('heading', { name: 'China' })).toBeInTheDocument();
    expect(screen.getByText(question, { selector: '.quiz__question' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Quiz' }));
    expect(screen.getByRole('button', { name: 'Quiz' })).toHaveAttribute('aria-pressed', 'false');
    // Without the quiz the slide is as it always was: the quote, no answer list.
    expect(screen.queryByRole('list', { name: 'Answer' })).toBeNull();
    expect(document.querySelector('blockquote')).toHaveTextContent(/deepen strategic cooperation with China/);
  });
});
