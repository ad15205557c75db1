import { readFileSync } from 'node:fs';
import tour from 'virtual:tour';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetControls } from '../../../src/features/dataset-loader/dataset-controls.tsx';
import type { Dataset } from '../../../src/model/schema.ts';
import { useAppStore } from '../../../src/store/app-store.ts';

const mongolia: Dataset = JSON.parse(readFileSync('data/examples/mongolia-sample.json', 'utf8'));

/** Each download as the browser would save it: its name and its text. */
const saved: Promise<{ name: string; text: string }>[] = [];
beforeEach(() => {
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) saved.push(blob.text().then((text) => ({ name: this.download, text })));
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  saved.length = 0;
});

async function download(): Promise<{ name: string; text: string }> {
  await userEvent.setup().click(screen.getByRole('button', { name: 'Download dataset' }));
  await waitFor(() => expect(saved).toHaveLength(1));
  return (await saved[0]) as { name: string; text: string };
}

describe('Download dataset', () => {
  it('writes the built-in article with its tour, so the file loads back with the same tour', async () => {
    render(<DatasetControls />);
    const file = await download();
    expect(file.name).toBe('kaz-dataset.json');
    const written = JSON.parse(file.text);
    expect(written.home.id).toBe('KAZ');
    expect(written.tour).toEqual(tour);
  });

  it('writes a loaded dataset as it is, with no tour added', async () => {
    useAppStore.getState().showDataset(mongolia);
    render(<DatasetControls />);
    const file = await download();
    expect(file.name).toBe('mng-dataset.json');
    expect(JSON.parse(file.text)).toEqual(mongolia);
    expect(file.text.endsWith('}\n')).toBe(true);
  });
});
