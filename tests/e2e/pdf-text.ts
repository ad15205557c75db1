import { spawnSync } from 'node:child_process';

/** What a printed PDF says: its text in content-stream (painting) order, and its page count. */
export type PdfText = { text: string; pages: number };

/**
 * Reads a PDF's own text with poppler-utils' `pdftotext -raw` (what is painted, in painting order:
 * a quote or a table row stays in one piece even beside the map). Pages end with a form feed.
 * Throws, naming the Debian package, when pdftotext is not installed.
 */
export function pdfText(pdf: Buffer): PdfText {
  const run = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      "pdftotext is missing: the print tests read the printed PDF with it. Install Debian's " +
        'poppler-utils: apt-get update && apt-get install -y poppler-utils (.ci/run does this).',
    );
  }
  if (run.status !== 0) throw new Error(`pdftotext failed (${run.status}): ${run.stderr}`);
  const pages = run.stdout.split('\f').length - 1;
  return { text: run.stdout, pages };
}

/**
 * Text without any white space: a line or page break may fall anywhere in a printed sentence
 * (also after a hyphen), so "is it printed?" compares the characters only.
 */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
