import type { Dataset } from './schema.ts';
import type { Tour } from './tour-schema.ts';

/**
 * The text "Download dataset" writes: the dataset as JSON (two-space indent, final newline), valid
 * against data/dataset.schema.json and loaded back by loadDatasetText to the same map. `tour` goes
 * in when the dataset carries none of its own: the built-in article's tour is kept beside it
 * (data/tour.json), and without it the file would load back with a tour made from its sections.
 */
export function datasetFileText(dataset: Dataset, tour?: Tour): string {
  const whole = dataset.tour || !tour ? dataset : { ...dataset, tour };
  return `${JSON.stringify(whole, null, 2)}\n`;
}

/** The file name for a dataset's downloads: `mng-dataset.json`, `mng-map.html`. */
export const datasetFileName = (dataset: Dataset, kind: 'dataset.json' | 'map.html'): string =>
  `${dataset.home.id.toLowerCase()}-${kind}`;
