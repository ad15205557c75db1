import { downloadFile } from '../../components/download-file.ts';
import { datasetFileName } from '../../model/dataset-file.ts';
import { offlinePage, offlineParts, SINGLE_FILE_NAME } from '../../model/offline-page.ts';
import type { Dataset } from '../../model/schema.ts';
import { useAppStore } from '../../store/app-store.ts';
import { offlineTemplateSource } from './offline-source.ts';

/**
 * The single file the site ships beside itself, as text: parsed into a document here, its style
 * would fall under this page's CSP (and be reported as blocked).
 */
async function shippedSingleFile(): Promise<string> {
  const response = await fetch(`${import.meta.env.BASE_URL}${SINGLE_FILE_NAME}`);
  if (!response.ok) throw new Error(`${SINGLE_FILE_NAME}: HTTP ${response.status}`);
  return response.text();
}

const save = (html: string, name: string) => downloadFile(new Blob([html], { type: 'text/html' }), name);

/**
 * Saves the single file with `dataset` built in, opening straight to it. On the site the single file is fetched from beside the site
 * (same origin, only now); in the single file it is this page. `title` names the tab until the
 * app starts. Rejects when the file cannot be had.
 */
export async function downloadOfflineFile(dataset: Dataset, title: string): Promise<void> {
  const template =
    offlineTemplateSource() === 'site' ? await shippedSingleFile() : document.documentElement.outerHTML;
  save(offlinePage(offlineParts(template), title, dataset), datasetFileName(dataset, 'map.html'));
}

let working = false;

/**
 * The button's action: the dataset on show, the tab's title; a second click while the file is
 * being made does nothing. A file that cannot be had is reported as a notice, naming why.
 */
export async function saveOfflineFile(): Promise<void> {
  if (working) return;
  working = true;
  const { dataset, addNotices } = useAppStore.getState();
  try {
    await downloadOfflineFile(dataset, document.title);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    addNotices([{ id: 'offline.failed', values: { detail } }]);
  } finally {
    working = false;
  }
}
