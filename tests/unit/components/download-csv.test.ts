import { describe, expect, it } from 'vitest';
import { csvBlob } from '../../../src/features/table/download-csv.ts';

describe('csvBlob', () => {
  it('starts with the UTF-8 byte-order mark, so Excel on Windows reads Türkiye and Cyrillic right', async () => {
    const bytes = new Uint8Array(await csvBlob('Türkiye,Инвестиции\r\n').arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFFTürkiye,Инвестиции\r\n');
  });

  it('is typed as UTF-8 CSV', () => {
    expect(csvBlob('a\r\n').type).toBe('text/csv;charset=utf-8');
  });
});
