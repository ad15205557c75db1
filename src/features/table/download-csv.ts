import { downloadFile } from '../../components/download-file.ts';

/** Saves `csv` as a file (UTF-8, opens in spreadsheet programs). */
export function downloadCsv(csv: string, fileName: string): void {
  downloadFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
}
