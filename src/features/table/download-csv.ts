import { downloadFile } from '../../components/download-file.ts';

/**
 * The CSV's bytes as a file: UTF-8 with a byte-order mark, without which Excel on Windows reads
 * the file in the system's code page and garbles "Türkiye" and every Cyrillic or Arabic name.
 */
export function csvBlob(csv: string): Blob {
  return new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
}

/** Saves `csv` as a file that opens in spreadsheet programs. */
export function downloadCsv(csv: string, fileName: string): void {
  downloadFile(csvBlob(csv), fileName);
}
