import { fileTooLarge } from '../../model/dataset-limits.ts';
import type { LoadResult } from '../../model/load-dataset.ts';
import { problem } from '../../model/problem.ts';
import { useAppStore } from '../../store/app-store.ts';
import { selectableIds } from '../../world/world.ts';

async function readFile(file: File): Promise<LoadResult> {
  const tooLarge = fileTooLarge(file.name, file.size);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const text = await file.text();
  // The validator (zod) is loaded only when someone loads a file: it is not needed for the first view.
  const { loadDatasetText } = await import('../../model/load-dataset.ts');
  return loadDatasetText(text, selectableIds);
}

/**
 * Loads a dataset file chosen or dropped by the user. On any problem the errors are listed and
 * the map, selection and filters stay exactly as they were.
 */
export async function loadDatasetFile(file: File): Promise<void> {
  const { showDataset, setLoadErrors } = useAppStore.getState();
  try {
    const result = await readFile(file);
    if (result.ok) showDataset(result.dataset);
    else setLoadErrors(result.errors);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    setLoadErrors([problem('dataset.unreadable', '(file)', { name: file.name, detail })]);
  }
}
