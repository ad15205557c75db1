import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { handFocus } from '../../../src/components/hand-focus.ts';
import { NarrowMenu } from '../../../src/components/narrow-menu.tsx';

describe('handFocus', () => {
  it('skips targets that are missing, hidden or refuse focus, and takes the first that can', () => {
    render(
      <div>
        <div hidden>
          <button type="button">Hidden</button>
        </div>
        <button type="button" disabled>
          Disabled
        </button>
        <h1>Heading</h1>
      </div>,
    );
    const taken = handFocus(
      null,
      '.nowhere',
      screen.getByRole('button', { name: 'Hidden', hidden: true }),
      screen.getByRole('button', { name: 'Disabled' }),
      'h1',
    );
    const heading = screen.getByRole('heading', { name: 'Heading' });
    expect(taken).toBe(heading);
    expect(heading).toHaveFocus();
    // Focusable by script only: not added to the Tab order.
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('returns null and leaves focus alone when no target can take it', () => {
    render(<button type="button">Here</button>);
    screen.getByRole('button', { name: 'Here' }).focus();
    expect(handFocus('.nowhere', null)).toBeNull();
    expect(screen.getByRole('button', { name: 'Here' })).toHaveFocus();
  });
});

describe('NarrowMenu', () => {
  it('closes on Escape from a tool inside it and gives focus back to "More"', async () => {
    const user = userEvent.setup();
    render(
      <NarrowMenu>
        <button type="button">Tool</button>
      </NarrowMenu>,
    );
    const more = screen.getByRole('button', { name: 'More' });
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    screen.getByRole('button', { name: 'Tool' }).focus();
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveFocus();
  });

  it('leaves Escape in a dialog opened from the menu to the dialog', async () => {
    const user = userEvent.setup();
    render(
      <NarrowMenu>
        <dialog open>
          <button type="button">Inside</button>
        </dialog>
      </NarrowMenu>,
    );
    const more = screen.getByRole('button', { name: 'More' });
    await user.click(more);
    screen.getByRole('button', { name: 'Inside' }).focus();
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'true');
  });
});
