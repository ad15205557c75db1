import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { showEmbeddedDataset } from '../../../src/app/embedded-dataset.ts';
import { word } from '../../../src/i18n/i18n.ts';
import { EMBEDDED_DATASET_ID, scriptSafeJson } from '../../../src/model/offline-page.ts';
import { useAppStore } from '../../../src/store/app-store.ts';

const mongolia = JSON.parse(readFileSync('data/examples/mongolia-sample.json', 'utf8'));

/** A page carrying `text` as the single file carries a built-in dataset. */
function embed(text: string): void {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = EMBEDDED_DATASET_ID;
  block.textContent = text;
  document.body.append(block);
}
afterEach(() => document.getElementById(EMBEDDED_DATASET_ID)?.remove());

const notices = () =>
  useAppStore.getState().notices.map((n) => (typeof n.text === 'string' ? n.text : word(n.text)));

describe('a dataset built into the single file', () => {
  it('is on show before the app renders', async () => {
    embed(scriptSafeJson(mongolia));
    await showEmbeddedDataset();
    const s = useAppStore.getState();
    expect(s.isBuiltIn).toBe(false);
    expect(s.dataset.home.id).toBe('MNG');
    expect(s.dataset).toEqual(mongolia);
    expect(notices()).toEqual([]);
  });

  it('is checked like a loaded file: an invalid one leaves the built-in article, says so, and names the problem', async () => {
    embed(scriptSafeJson({ ...mongolia, partners: [{ ...mongolia.partners[0], relation: 'rivalry' }] }));
    await showEmbeddedDataset();
    const s = useAppStore.getState();
    expect(s.isBuiltIn).toBe(true);
    expect(s.dataset.home.id).toBe('KAZ');
    expect(notices()).toEqual([
      'The dataset saved in this file could not be shown; the original article is shown instead.',
    ]);
    expect(s.loadErrors.map(word).join('\n')).toMatch(/partners\[0\]\.relation/);
  });

  it('that is not JSON is reported as such', async () => {
    embed('{"schemaVersion": 1,');
    await showEmbeddedDataset();
    expect(useAppStore.getState().isBuiltIn).toBe(true);
    expect(word(useAppStore.getState().loadErrors[0] ?? { id: 'loader.load' })).toMatch(/not valid JSON/);
  });

  it('is looked for only where there is one: a page without it is left alone', async () => {
    await showEmbeddedDataset();
    expect(useAppStore.getState().isBuiltIn).toBe(true);
    expect(notices()).toEqual([]);
  });
});
