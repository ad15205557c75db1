/**
 * What a dataset made from a spreadsheet says where the sheet has nothing (its source, a default
 * section, vector and sector, and the text standing in for a missing quote). Worded by the caller
 * in the user's language: this pure code holds no words.
 */
export type DatasetWords = {
  title: string;
  author: string;
  authorRole: string;
  publication: string;
  subject: string;
  section: string;
  vector: string;
  vectorDescription: string;
  sector: string;
  group: string;
  region: string;
  rule: string;
  homeText: string;
  /** Stands in for the quote of a row that has none; names the row. */
  noQuote: (row: number) => string;
};
