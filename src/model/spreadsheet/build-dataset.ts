import type { Dataset, Mention, Partner, Quote, Scope } from '../schema.ts';
import type { SheetRow } from './read-sheet.ts';
import type { SheetMessage } from './sheet-message.ts';
import type { DatasetWords } from './sheet-words-for-data.ts';

export type BuildInput = {
  rows: readonly SheetRow[];
  /** Row number → the country chosen for it; a row without one is left out. */
  ids: ReadonlyMap<number, string>;
  /** The home country when no row says `home` (chosen in the preview). */
  homeId?: string | undefined;
  /** The relation column's header as written, for errors about its cells. */
  relationHeader: string;
  /** YYYY-MM-DD: the dataset's date. */
  asOf: string;
  words: DatasetWords;
};

export type BuildResult = { ok: true; dataset: Dataset } | { ok: false; errors: SheetMessage[] };

const DEFAULT_SECTION = 'sheet';
const SCOPE_ID: Record<Exclude<Mention, 'named'>, string> = { group: 'sheet-group', region: 'sheet-region' };

/** Ids for the names a column uses, in order of first use: "Energy" → `sector-1`. */
function idsFor(names: readonly string[], prefix: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const name of names) if (!ids.has(name)) ids.set(name, `${prefix}-${ids.size + 1}`);
  return ids;
}

function scope(kind: 'group' | 'region', members: string[], input: BuildInput, quote: Quote): Scope {
  const name = input.words[kind];
  return { id: SCOPE_ID[kind], name, phrase: name, quote, rule: input.words.rule, asOf: input.asOf, members };
}

/**
 * Turns matched sheet rows into a Dataset, to be checked like a loaded file (loadDatasetText: the
 * validator stays in that one chunk, out of the first view). Rows for
 * one country merge (their quotes, sectors and vectors add up); a different relation for a country
 * already listed, a second home country, or the home country as a partner is an error naming the row.
 */
export function buildDataset(input: BuildInput): BuildResult {
  const { rows, ids, words } = input;
  const errors: SheetMessage[] = [];
  const column = input.relationHeader;
  const used = rows.filter((r) => ids.has(r.row));
  const homeRows = used.filter((r) => r.relation === 'home');
  const homeId = homeRows[0] ? ids.get(homeRows[0].row) : input.homeId;
  for (const extra of homeRows.slice(1)) {
    if (ids.get(extra.row) !== homeId)
      errors.push({
        id: 'import.error.twoHomes',
        values: { row: extra.row, column, first: homeRows[0]?.row ?? 0 },
      });
  }
  if (homeId === undefined) return { ok: false, errors: [...errors, { id: 'import.error.noHome' }] };
  const sections = idsFor(
    used.flatMap((r) => (r.section ? [r.section] : [])),
    'section',
  );
  const vectors = idsFor(
    used.flatMap((r) => r.vectors),
    'vector',
  );
  const sectors = idsFor(
    used.flatMap((r) => r.sectors),
    'sector',
  );
  const fallback = (text: string): Quote => ({ text, section: DEFAULT_SECTION });
  const quoteOf = (r: SheetRow): Quote => ({
    text: r.quote ?? r.note ?? words.noQuote(r.row),
    section: (r.section && sections.get(r.section)) || DEFAULT_SECTION,
  });
  const partners = new Map<string, Partner & { row: number }>();
  for (const r of used) {
    const id = ids.get(r.row) ?? '';
    if (r.relation === 'home') continue;
    if (id === homeId) {
      errors.push({ id: 'import.error.homePartner', values: { row: r.row, column } });
      continue;
    }
    const known = partners.get(id);
    if (known && known.relation !== r.relation) {
      errors.push({ id: 'import.error.conflict', values: { row: r.row, column, first: known.row } });
      continue;
    }
    const p = known ?? {
      id,
      row: r.row,
      relation: r.relation,
      mention: r.coverage ?? 'named',
      vectors: [],
      sectors: [],
      aims: [],
    };
    if (r.quote !== undefined || !known) p.aims.push(quoteOf(r));
    p.vectors = [...new Set([...p.vectors, ...r.vectors.map((v) => vectors.get(v) ?? '')])];
    p.sectors = [...new Set([...p.sectors, ...r.sectors.map((s) => sectors.get(s) ?? '')])];
    partners.set(id, p);
  }
  if (errors.length > 0) return { ok: false, errors };
  const list = [...partners.values()].map(({ row: _row, ...p }): Partner => {
    const via = p.mention === 'named' ? {} : { via: SCOPE_ID[p.mention] };
    return { ...p, ...via, vectors: p.vectors.length > 0 ? p.vectors : ['sheet'] };
  });
  const members = (kind: Mention) => list.filter((p) => p.mention === kind).map((p) => p.id);
  const homeQuotes = homeRows.map(quoteOf);
  const homeAims = homeQuotes.length > 0 ? homeQuotes : [fallback(words.homeText)];
  const scopes = (kind: 'group' | 'region') =>
    members(kind).length > 0 ? [scope(kind, members(kind), input, fallback(words[kind]))] : [];
  const dataset: Dataset = {
    schemaVersion: 1,
    asOf: input.asOf,
    title: words.title,
    source: {
      title: words.title,
      author: words.author,
      authorRole: words.authorRole,
      published: input.asOf,
      publication: words.publication,
      subject: words.subject,
    },
    home: { id: homeId, goals: homeAims, priorities: homeAims, principles: homeAims },
    sections: [
      { id: DEFAULT_SECTION, title: words.section, articleHeading: false },
      ...[...sections].map(([title, id]) => ({ id, title, articleHeading: false })),
    ],
    vectors: [
      {
        id: 'sheet',
        name: words.vector,
        description: words.vectorDescription,
        quote: fallback(words.vector),
        origin: 'map',
      },
      ...[...vectors].map(([name, id]) => ({
        id,
        name,
        description: name,
        quote: fallback(name),
        origin: 'map' as const,
      })),
    ],
    sectors:
      sectors.size > 0
        ? [...sectors].map(([name, id]) => ({ id, name }))
        : [{ id: 'sheet', name: words.sector }],
    groups: scopes('group'),
    regions: scopes('region'),
    organisations: [],
    partners: list,
  };
  return { ok: true, dataset };
}
