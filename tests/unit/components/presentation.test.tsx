import tour from 'virtual:tour';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import Presentation from '../../../src/features/presentation/presentation.tsx';
import { useAppStore } from '../../../src/store/app-store.ts';
import { useHighlight } from '../../../src/store/use-highlight.ts';

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
});
