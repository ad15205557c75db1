import { loadDatasetModule } from '../../components/catalog-parts.ts';
import { fileTooLarge } from '../../model/dataset-limits.ts';
import type { LoadResult } from '../../model/load-dataset.ts';
import { problem } from '../../model/problem.ts';
import { useAppStore } from '../../store/app-store.ts';
import { selectableIds } from '../../world/world.ts';

/** `.csv`, `.tsv`, or a `.txt` with tabs (cells saved from a spreadsheet): the import preview takes them. */
const isSheet = (file: File, text: string) =>
  /\.(csv|tsv)$/i.test(file.name) ||
  /^text\/(csv|tab-separated-values)$/.test(file.type) ||
  (/\.txt$/i.test(file.name) && text.includes('\t'));

async function readFile(file: File): Promise<LoadResult | 'sheet'> {
  const tooLarge = fileTooLarge(file.name, file.size);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const text = await file.text();
  if (isSheet(file, text)) {
    useAppStore.getState().openSheet({ text, name: file.name });
    return 'sheet';
  }
  // The validator (zod) is loaded only when someone loads a file: it is not needed for the first view.
  const { loadDatasetText } = await loadDatasetModule();
  return loadDatasetText(text, selectableIds);
}

/**
 * Loads a dataset file chosen or dropped by the user; a spreadsheet goes to the import preview. On any problem the errors are listed and
 * the map, selection and filters stay exactly as they were.
 */
export async function loadDatasetFile(file: File): Promise<void> {
  const { showDataset, setLoadErrors, askBeforeReplacing } = useAppStore.getState();
  try {
    const result = await readFile(file);
    if (result === 'sheet') return;
    // A stored draft is never left behind without asking (the answer may also discard it).
    if (result.ok) {
      if (await askBeforeReplacing()) showDataset(result.dataset);
    } else setLoadErrors(result.errors);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    setLoadErrors([problem('dataset.unreadable', '(file)', { name: file.name, detail })]);
  }
}
