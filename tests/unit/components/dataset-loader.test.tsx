import { readFileSync } from 'node:fs';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import { loadDatasetFile } from '../../../src/features/dataset-loader/read-dataset-file.ts';
import { word } from '../../../src/i18n/i18n.ts';
import { useAppStore } from '../../../src/store/app-store.ts';

const mongoliaText = readFileSync('data/examples/mongolia-sample.json', 'utf8');
const mongolia = () => JSON.parse(mongoliaText);
const jsonFile = (name: string, value: unknown) =>
  new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });
const countryEl = (id: string) => document.querySelector(`[data-id="${id}"][role="button"]`);
const XSS = '<img src=x onerror="window.__pwned=1">';

describe('Load dataset', () => {
  it('switches the map to a valid file and back to the article', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.upload(screen.getByLabelText('Load dataset'), jsonFile('mongolia.json', mongoliaText));
    // The validator is imported on the first load: on a busy machine that takes more than a second.
    await waitFor(() => expect(countryEl('MNG')).toHaveAttribute('data-relation', 'home'), {
      timeout: 10_000,
    });
    expect(countryEl('KAZ')).toHaveAttribute('data-relation', 'none');
    await user.click(screen.getByRole('button', { name: 'Back to the Kazakhstan article' }));
    expect(countryEl('KAZ')).toHaveAttribute('data-relation', 'home');
    expect(screen.queryByRole('button', { name: 'Back to the Kazakhstan article' })).toBeNull();
  });

  it('lists every problem with its path and leaves the selection and filters alone', async () => {
    window.history.replaceState(null, '', '/?country=RUS&org=SCO');
    const user = userEvent.setup();
    render(<App />);
    expect(screen.getByRole('complementary', { name: 'Russia' })).toBeInTheDocument();
    const d = mongolia();
    d.partners[0].relation = 'friends';
    d.home.goals = [];
    d.schemaVersion = 2;
    await user.upload(screen.getByLabelText('Load dataset'), jsonFile('bad.json', d));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(
      expect.arrayContaining([
        'schemaVersion: expected 1',
        'partners[0].relation: expected one of "alliance" | "strategic-partnership" | "cooperation"',
        expect.stringMatching(/^home\.goals: /),
      ]),
    );
    expect(alert).toHaveTextContent('3 problems');
    expect(countryEl('KAZ')).toHaveAttribute('data-relation', 'home');
    expect(screen.getByRole('complementary', { name: 'Russia' })).toBeInTheDocument();
    expect(useAppStore.getState().filters.org).toEqual(['SCO']);
    // The link still says what is open and filtered (and, like every link, its language).
    expect(window.location.search).toBe('?country=RUS&org=SCO&lang=en');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const user = userEvent.setup();
    render(<App />);
    const big = jsonFile('big.json', 'x');
    let read = false;
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    big.text = () => {
      read = true;
      return Promise.resolve('');
    };
    await user.upload(screen.getByLabelText('Load dataset'), big);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '(file): big.json is 6.0 MB; the limit is 5 MB',
    );
    expect(read).toBe(false);
  });

  it('a file that cannot be read becomes a listed problem, not an uncaught error', async () => {
    const file = jsonFile('gone.json', '{}');
    file.text = () => Promise.reject(new Error('the disk went away'));
    await loadDatasetFile(file);
    expect(useAppStore.getState().loadErrors.map(word)).toEqual([
      '(file): could not read gone.json: the disk went away',
    ]);
    expect(useAppStore.getState().isBuiltIn).toBe(true);
  });
});

describe('User text is text', () => {
  it('renders markup in quotes and names literally, creating no element', async () => {
    const d = mongolia();
    d.source.body = `${d.source.body} ${XSS}`;
    d.source.title = `Title ${XSS}`;
    d.partners[3].aims[0].text = XSS; // Japan
    d.vectors[0].name = `Neighbours ${XSS}`;
    d.groups[0].name = `European Union ${XSS}`;
    const user = userEvent.setup();
    render(<App />);
    await user.upload(screen.getByLabelText('Load dataset'), jsonFile('xss.json', d));
    await waitFor(() => expect(countryEl('MNG')).toHaveAttribute('data-relation', 'home'));
    await user.click(screen.getByRole('button', { name: /^Japan,/ }));
    const panel = screen.getByRole('complementary', { name: 'Japan' });
    expect(panel.querySelector('blockquote')?.textContent).toContain(XSS);
    expect(countryEl('DEU')?.getAttribute('aria-label')).toContain(`European Union ${XSS}`);
    await user.click(screen.getByText(/^Filters/));
    expect(screen.getByText(`Neighbours ${XSS}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'About & sources' }));
    // The dialog's text is fetched when it first opens.
    await waitFor(() =>
      expect(screen.getByRole('dialog', { hidden: true })).toHaveTextContent(`Title ${XSS}`),
    );
    expect(document.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  /** Loads the Mongolia sample with `source.url` set to `url`; returns the About dialog. */
  async function aboutDialogWithSourceUrl(url: string): Promise<HTMLElement> {
    const d = mongolia();
    d.source.url = url;
    const user = userEvent.setup();
    render(<App />);
    await user.upload(screen.getByLabelText('Load dataset'), jsonFile('url.json', d));
    await waitFor(() => expect(countryEl('MNG')).toHaveAttribute('data-relation', 'home'));
    await user.click(screen.getByRole('button', { name: 'About & sources' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    // The dialog's text is fetched when it first opens.
    await within(dialog).findAllByRole('heading', { level: 3, hidden: true });
    return dialog;
  }

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    [' javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['//evil.example/article'],
    ['not a url'],
  ])('source.url %j is shown as plain text, never as a link', async (url) => {
    const dialog = await aboutDialogWithSourceUrl(url);
    expect(dialog).toHaveTextContent(url.trim());
    expect(dialog.querySelector('a')).toBeNull();
  });

  it.each([['https://example.org/article?id=1'], ['http://example.org/a']])(
    'source.url %j is a link',
    async (url) => {
      const dialog = await aboutDialogWithSourceUrl(url);
      const link = within(dialog).getByRole('link', { hidden: true });
      expect(link).toHaveAttribute('href', url);
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    },
  );
});
