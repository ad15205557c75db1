import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import { loadDatasetFile } from '../../../src/features/dataset-loader/read-dataset-file.ts';
import { loadCountryIndex } from '../../../src/features/spreadsheet-import/load-country-index.ts';
import { useAppStore } from '../../../src/store/app-store.ts';

const messy = readFileSync('tests/fixtures/messy-sheet.csv', 'utf8');
const countryEl = (id: string) => document.querySelector(`[data-id="${id}"][role="button"]`);
const confirmButton = () => screen.getByRole('button', { name: /^Use/ });

// The preview's chunk and the name tables load on first use: a slow first transform on a busy machine.
beforeAll(async () => {
  await Promise.all([
    import('../../../src/features/spreadsheet-import/sheet-import.tsx'),
    loadCountryIndex(),
  ]);
}, 60_000);

describe('the spreadsheet preview', () => {
  it('opens for a .csv file, names the unknown row, and applies nothing before "Use this map"', async () => {
    const user = userEvent.setup();
    render(<App />);
    await loadDatasetFile(new File([messy], 'partners.csv', { type: 'text/csv' }));
    const dialog = await screen.findByRole('dialog', { name: 'Preview: partners.csv' });
    await within(dialog).findByRole('combobox', { name: 'Separator' });
    const status = within(dialog).getByRole('status');
    expect(status).toHaveTextContent('Row 9: “Mongolai” is not a country on the map.');
    expect(within(dialog).getByText('Home country: Uzbekistan (row 2).')).toBeInTheDocument();
    expect(confirmButton()).toBeDisabled();
    // Still the built-in map underneath.
    expect(countryEl('KAZ')).toHaveAttribute('data-relation', 'home');

    await user.click(within(status).getByRole('button', { name: 'Mongolia for row 9' }));
    expect(status).toHaveTextContent('Every row is matched to a country on the map.');
    const row9 = dialog.querySelector('tr[data-row="9"]');
    expect(row9).toHaveAttribute('data-country', 'MNG');
    expect(row9).toHaveTextContent('Your choice');
    expect(dialog.querySelector('tr[data-row="7"]')).toHaveTextContent('Usual variant');

    await user.click(confirmButton());
    // The validator loads on the first confirm.
    await waitFor(() => expect(countryEl('UZB')).toHaveAttribute('data-relation', 'home'));
    expect(countryEl('KAZ')).toHaveAttribute('data-relation', 'none');
    expect(countryEl('RUS')).toHaveAttribute('data-relation', 'alliance');
    expect(countryEl('MNG')).toHaveAttribute('data-relation', 'cooperation');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('Cancel leaves the map and the selection as they were', async () => {
    window.history.replaceState(null, '', '/?country=RUS');
    const user = userEvent.setup();
    render(<App />);
    const before = useAppStore.getState().dataset;
    await loadDatasetFile(new File([messy], 'partners.csv'));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('status');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useAppStore.getState().dataset).toBe(before);
    expect(useAppStore.getState().selectedId).toBe('RUS');
  });

  it('asks for the home country when no row names it, and names a bad cell’s row and column', async () => {
    const user = userEvent.setup();
    render(<App />);
    useAppStore
      .getState()
      .openSheet({ text: 'Страна;Отношение\nКитай;дружба\nЯпония;сотрудничество\n', name: '' });
    const dialog = await screen.findByRole('dialog', { name: 'Preview: Pasted cells' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Row 2, column “Отношение”: “дружба” is not a relation.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const sheet = 'Страна;Отношение\nКитай;сотрудничество\nЯпония;сотрудничество\n';
    useAppStore.getState().openSheet({ text: sheet, name: '' });
    const home = await screen.findByRole('combobox', { name: /^Home country/ });
    expect(confirmButton()).toBeDisabled();
    await user.selectOptions(home, 'MNG');
    await user.click(confirmButton());
    await waitFor(() => expect(countryEl('MNG')).toHaveAttribute('data-relation', 'home'));
    expect(countryEl('JPN')).toHaveAttribute('data-relation', 'cooperation');
  });

  it('speaks Russian and Kazakh', async () => {
    await useAppStore.getState().setLocale('kk');
    render(<App />);
    useAppStore.getState().openSheet({ text: messy, name: 'кесте.csv' });
    const dialog = await screen.findByRole('dialog', { name: 'Алдын ала қарау: кесте.csv' });
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      '9-жол: «Mongolai» картадағы елдердің арасынан табылмады.',
    );
    expect(within(dialog).getByRole('button', { name: '9-жол үшін Моңғолия' })).toBeInTheDocument();
    await useAppStore.getState().setLocale('ru');
    expect(await within(dialog).findByRole('button', { name: 'Монголия для строки 9' })).toBeInTheDocument();
    expect(within(dialog).getByText('1 строка ждёт вашего выбора')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Использовать эту карту' })).toBeDisabled();
  });

  it('opens for cells pasted on the page, not for a paste into a text field', () => {
    render(<App />);
    const cells = 'country\trelation\nChina\tcooperation\n';
    const paste = (target: Element) => {
      const event = new Event('paste', { bubbles: true, cancelable: true });
      Object.assign(event, { clipboardData: { getData: () => cells } });
      fireEvent(target, event);
    };
    const field = document.querySelector('input:not([type="file"])');
    if (!field) throw new Error('no text field');
    paste(field);
    expect(useAppStore.getState().pendingSheet).toBeNull();
    paste(document.body);
    expect(useAppStore.getState().pendingSheet).toEqual({ text: cells, name: '' });
  });
});
