import { downloadFile } from '../../components/download-file.ts';
import { datasetFileName, datasetFileText } from '../../model/dataset-file.ts';
import type { Dataset } from '../../model/schema.ts';

/**
 * Saves the dataset on show as JSON. The built-in article's tour lives beside its dataset and goes
 * in with it (loaded only now: it is not needed for the first view), so the file loads back to the
 * same map, panels and tour.
 */
export async function downloadDataset(dataset: Dataset, isBuiltIn: boolean): Promise<void> {
  const tour = isBuiltIn ? (await import('virtual:tour')).default : undefined;
  downloadFile(
    new Blob([datasetFileText(dataset, tour)], { type: 'application/json' }),
    datasetFileName(dataset, 'dataset.json'),
  );
}
