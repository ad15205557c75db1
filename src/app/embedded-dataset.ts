import { loadDatasetModule } from '../components/catalog-parts.ts';
import { EMBEDDED_DATASET_ID } from '../model/offline-page.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectableIds } from '../world/world.ts';

/**
 * A dataset built into the single file ("Download as one offline file", src/model/offline-page.ts)
 * is shown before the app's first render, so the file opens straight to it and never paints the
 * built-in map first. It is checked like a file the user loads (the same validator, loaded only
 * here); a block that fails leaves the built-in article on show, says so, and lists its problems.
 */
export async function showEmbeddedDataset(doc: Document = document): Promise<void> {
  const block = doc.getElementById(EMBEDDED_DATASET_ID);
  if (!block) return;
  const { showDataset, setLoadErrors, addNotices } = useAppStore.getState();
  try {
    const { loadDatasetText } = await loadDatasetModule();
    const result = loadDatasetText(block.textContent ?? '', selectableIds);
    if (result.ok) return showDataset(result.dataset);
    addNotices([{ id: 'offline.notShown' }]);
    setLoadErrors(result.errors);
  } catch (error) {
    addNotices([{ id: 'offline.notShown' }, error instanceof Error ? error.message : String(error)]);
  }
}
