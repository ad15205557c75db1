import { readFileSync } from 'node:fs';
import tour from 'virtual:tour';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetControls } from '../../../src/features/dataset-loader/dataset-controls.tsx';
import { Notices } from '../../../src/features/notices/notices.tsx';
import { EMBEDDED_DATASET_ID, type OfflineParts, offlinePage } from '../../../src/model/offline-page.ts';
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
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  saved.length = 0;
});

async function download(name = 'Download dataset'): Promise<{ name: string; text: string }> {
  await userEvent.setup().click(screen.getByRole('button', { name }));
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

/** The single file as the site ships it beside itself (its parts shaped like the build's). */
const parts: OfflineParts = {
  csp: "default-src 'none'; script-src 'sha256-abc='",
  favicon: 'data:image/svg+xml;base64,PHN2Zz4=',
  style: 'body{margin:0}',
  script: 'document.title = "<\\/script>";',
};
const shipped = offlinePage(parts, 'Kazakhstan', null);
const OFFLINE = 'Download as one offline file';

describe('Download as one offline file', () => {
  it('is not offered where there is no single file to build on (the dev server, a site built without it)', () => {
    vi.stubEnv('VITE_OFFLINE_FILE', '');
    useAppStore.getState().showDataset(mongolia);
    render(<DatasetControls />);
    expect(screen.getByRole('button', { name: 'Download dataset' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: OFFLINE })).toBeNull();
  });

  it('on the site, fetches the shipped single file only when asked, and builds the dataset on show into it', async () => {
    vi.stubEnv('VITE_OFFLINE_FILE', 'yes');
    const fetched = vi.fn(async () => new Response(shipped));
    vi.stubGlobal('fetch', fetched);
    useAppStore.getState().showDataset(mongolia);
    render(<DatasetControls />);
    expect(fetched).not.toHaveBeenCalled();
    const file = await download(OFFLINE);
    expect(fetched).toHaveBeenCalledWith('/kazakhstan-map.html');
    expect(file.name).toBe('mng-map.html');
    const doc = new DOMParser().parseFromString(file.text, 'text/html');
    expect(JSON.parse(doc.getElementById(EMBEDDED_DATASET_ID)?.textContent ?? '')).toEqual(mongolia);
    expect(doc.querySelector('script[type="module"]')?.textContent).toBe(parts.script);
  });

  it('is offered for a loaded dataset only: the built-in article’s file is the build’s own', async () => {
    vi.stubEnv('VITE_OFFLINE_FILE', 'yes');
    render(<DatasetControls />);
    expect(screen.queryByRole('button', { name: OFFLINE })).toBeNull();
    act(() => useAppStore.getState().showDataset(mongolia));
    expect(screen.getByRole('button', { name: OFFLINE })).toBeInTheDocument();
  });

  it('says why when the file cannot be had, and the page stays as it was', async () => {
    vi.stubEnv('VITE_OFFLINE_FILE', 'yes');
    vi.stubGlobal('fetch', async () => new Response('Not found', { status: 404 }));
    useAppStore.getState().showDataset(mongolia);
    render(
      <>
        <Notices />
        <DatasetControls />
      </>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: OFFLINE }));
    expect(
      await screen.findByText('The offline file could not be made: kazakhstan-map.html: HTTP 404'),
    ).toBeInTheDocument();
    expect(saved).toHaveLength(0);
    expect(useAppStore.getState().dataset).toEqual(mongolia);
  });
});
