import { readFileSync } from 'node:fs';
import type { DraftWords } from '../../../../src/model/article-draft/draft-to-dataset.ts';
import type { Dataset } from '../../../../src/model/schema.ts';

/** A file of data/ as text. */
export const read = (path: string) =>
  readFileSync(new URL(`../../../../data/${path}`, import.meta.url), 'utf8');
export const builtIn = JSON.parse(read('kazakhstan.json')) as Dataset;
export const capitals = JSON.parse(read('capitals.json'));
export const words: DraftWords = {
  untitled: 'Untitled',
  unknownAuthor: 'Unknown',
  authorRole: 'Author',
  publication: 'Pasted text',
  subject: 'Foreign policy',
  opening: 'Opening',
  vector: 'All partners',
  vectorDescription: 'Every country the article is attached to',
  sector: 'General',
};

/** Three paragraphs of the article with its heading line, as a teacher would paste them. */
const article = read('article.txt');
export const text = article.slice(
  article.indexOf('Within the United Nations'),
  article.indexOf('Country priorities') + 2000,
);
