import type { Message } from '../i18n/i18n.ts';
import { problem } from './problem.ts';

/** Files above this are refused before they are read (a dataset is tens of kilobytes). */
export const MAX_DATASET_BYTES = 5 * 1024 * 1024;

/** Why a file of `bytes` is refused unread (its size in MB, one decimal), or undefined when it may be read. */
export function fileTooLarge(name: string, bytes: number): Message | undefined {
  if (bytes <= MAX_DATASET_BYTES) return undefined;
  return problem('dataset.tooLarge', '(file)', { name, size: (bytes / 1048576).toFixed(1), limit: 5 });
}
