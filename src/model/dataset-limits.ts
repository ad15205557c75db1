/** Files above this are refused before they are read (a dataset is tens of kilobytes). */
export const MAX_DATASET_BYTES = 5 * 1024 * 1024;
