import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/app.tsx';

const country = (name: RegExp) => screen.getByRole('button', { name });

/**
 * The browser paints: frame callbacks run, then the task queued after them. Focus moving into the
 * panel and the address bar both wait for this (components/after-next-paint.ts). Frames are the
 * test's to give: on a busy machine a real frame can come before or after the next key press.
 */
const paint = () =>
  act(async () => {
    vi.advanceTimersToNextFrame();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

/** Back, resolved once the app has handled the history entry it lands on. */
const back = () =>
  act(async () => {
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
  });

describe('App: map and panel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws every country as a named button carrying the data contract', () => {
    render(<App />);
    const map = screen.getByRole('group', { name: /world map/i });
    const russia = within(map).getByRole('button', { name: /^Russia, alliance/ });
    expect(russia).toHaveAttribute('data-id', 'RUS');
    expect(russia).toHaveAttribute('data-relation', 'alliance');
    expect(russia).toHaveAttribute('data-mention', 'named');
    expect(russia).toHaveAttribute('data-dimmed', 'false');
    expect(country(/^Kazakhstan, home country/)).toHaveAttribute('data-mention', 'home');
    expect(country(/^Germany, cooperation, as a member of the European Union/)).toHaveAttribute(
      'data-mention',
      'group',
    );
    // A small state is a marker: a dot and a hit disc cut to its Voronoi cell, in one button.
    const singapore = country(/^Singapore,/);
    expect(singapore).toHaveClass('country--marker');
    expect(singapore.querySelector('circle.country__dot')).not.toBeNull();
    expect(singapore.querySelector('circle.country__hit')?.getAttribute('clip-path')).toBe('url(#cell-SGP)');
    expect(singapore.querySelector('#cell-SGP path')?.getAttribute('d')).toMatch(/^M[-\d. ]+l[-\d. ]+z$/);
    expect(within(map).getAllByRole('button').length).toBeGreaterThanOrEqual(193);
  });

  it('clicking a country opens a panel with the article’s own words', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(country(/^China,/));
    const panel = screen.getByRole('complementary', { name: 'China' });
    expect(within(panel).getByText('Strategic partnership')).toBeInTheDocument();
    expect(within(panel).getByText('Named in the article')).toBeInTheDocument();
    const quotes = panel.querySelectorAll('blockquote');
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes[0]?.textContent).toContain('strategic cooperation with China');
    expect(within(panel).getByText('SCO')).toBeInTheDocument();
    expect(window.location.search).toBe('');
    await paint();
    expect(window.location.search).toBe('?country=CHN&lang=en');
  });

  it('says plainly when the article does not cover a country, and still shows shared organisations', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(country(/^Brazil,/));
    const panel = screen.getByRole('complementary', { name: 'Brazil' });
    expect(panel).toHaveTextContent('The article does not cover Brazil');
    expect(within(panel).getByText('UN')).toBeInTheDocument();
    expect(panel.querySelector('blockquote')).toBeNull();
  });

  it("shows Kazakhstan's goals, priorities and principles on its own panel", async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(country(/^Kazakhstan,/));
    const panel = screen.getByRole('complementary', { name: 'Kazakhstan' });
    for (const heading of ['Goals', 'Priorities', 'Principles']) {
      expect(within(panel).getByRole('heading', { name: heading })).toBeInTheDocument();
    }
    expect(panel).toHaveTextContent('multi-vector');
  });

  it('is one tab stop; arrows move between countries, Enter opens, Escape closes and returns focus', async () => {
    const user = userEvent.setup();
    render(<App />);
    screen.getByRole('button', { name: 'Zoom in' }).focus();
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(country(/^Kazakhstan,/));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(country(/^Russia,/));
    expect(country(/^Russia,/)).toHaveAttribute('tabindex', '0');
    expect(country(/^Kazakhstan,/)).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{Enter}');
    const panel = screen.getByRole('complementary', { name: 'Russia' });
    // Focus follows once the panel has painted (a frame later).
    await paint();
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: 'Russia' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(document.activeElement).toBe(country(/^Russia,/));
  });

  it('Escape right after Enter closes the panel too, before focus has moved into it', async () => {
    const user = userEvent.setup();
    render(<App />);
    country(/^Russia,/).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('complementary', { name: 'Russia' })).toBeInTheDocument();
    expect(document.activeElement).toBe(country(/^Russia,/));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(document.activeElement).toBe(country(/^Russia,/));
    // The frame that would have moved focus into the panel moves nothing once it is closed.
    await paint();
    expect(document.activeElement).toBe(country(/^Russia,/));
  });

  it('opens the country named in the link, and explains a link to an unknown one', async () => {
    window.history.replaceState(null, '', '/?country=USA');
    const first = render(<App />);
    expect(screen.getByRole('complementary', { name: 'United States' })).toBeInTheDocument();
    first.unmount();
    window.history.replaceState(null, '', '/?country=ATLANTIS');
    render(<App />);
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.getByText(/"ATLANTIS"/)).toBeInTheDocument();
  });

  // A busy machine may paint between the two clicks or only after both: Back lands on Japan either way.
  it.each([
    ['a frame between the clicks', true],
    ['both clicks in one frame', false],
  ])('Back returns to the previous selection (%s)', async (_, frameBetween) => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(country(/^Japan,/));
    if (frameBetween) await paint();
    await user.click(country(/^India,/));
    await paint();
    expect(window.location.search).toBe('?country=IND&lang=en');
    await back();
    expect(window.location.search).toBe('?country=JPN&lang=en');
    expect(screen.getByRole('complementary', { name: 'Japan' })).toBeInTheDocument();
  });
});
