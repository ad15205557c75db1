import type { Message } from '../i18n/i18n.ts';
import type { Locale } from '../i18n/locales.ts';
import { emptyFilters, FILTER_KINDS, type FilterKind, type FilterState } from './filters.ts';
import { parseLang } from './locale-choice.ts';

/** The part of the app's state that a link carries. Extended, never renamed: saved links depend on it. */
export type UrlState = {
  country: string | null;
  /** `relation=`, `vector=`, `region=`, `org=`, `sector=`: comma-separated ids. */
  filters?: FilterState;
  /** `asof=today` shows today's memberships instead of the article's. */
  membershipView?: 'article' | 'today';
  /** `present=4`: the 1-based slide of the guided tour; null outside the tour. */
  present?: number | null;
  /** `quiz=1`: the tour asks the class before each slide's answer. */
  quiz?: boolean;
  /** `reveal=1` (only with `quiz=1`): the slide on show has its answer revealed; else its question. */
  reveal?: boolean;
  /** `labels=0` hides the country names on the map; shown by default. */
  labels?: boolean;
  /** `lang=en|ru|kk`: the interface's language; absent (or unknown), the language stays as it is. */
  lang?: Locale;
};

/**
 * What a link asks for; the slide is always read (null outside the tour). `unknownLang`: a `lang=`
 * this map does not offer (cut short), for the app to name in a notice worded in the language on
 * screen.
 */
export type ParsedQuery = {
  state: UrlState & { present: number | null };
  notices: Message[];
  unknownLang?: string;
};

/** Every id each filter kind accepts; values outside these are ignored with a notice. */
export type KnownFilterValues = Record<FilterKind, readonly string[]>;

const MAX_VALUE_LENGTH = 64;
/** Upper bound for `?present=`; the tour itself clamps to its last slide once it has loaded. */
export const MAX_SLIDE = 999;
const MAX_LIST_LENGTH = 2000;

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

/** A value from the link, cut short for a notice (the notice's words put it in quotes). */
const short = (raw: string) => `${raw.slice(0, 24)}${raw.length > 24 ? '…' : ''}`;

/** One filter list: known values in their canonical order, the rest reported. */
function parseList(
  raw: string,
  kind: FilterKind,
  known: readonly string[],
): { ids: string[]; unknown: string[] } {
  const wanted = new Set<string>();
  const unknown: string[] = [];
  for (const part of raw.slice(0, MAX_LIST_LENGTH).split(',')) {
    const value = part.trim().slice(0, MAX_VALUE_LENGTH);
    if (value === '') continue;
    const normal = kind === 'org' ? value.toUpperCase() : value.toLowerCase();
    if (known.includes(normal)) wanted.add(normal);
    else if (!unknown.includes(value)) unknown.push(value);
  }
  return { ids: known.filter((id) => wanted.has(id)), unknown };
}

const shorten = (raw: string) => `${raw.slice(0, 12)}${raw.length > 12 ? '…' : ''}`;

/** `?present` alone starts at slide 1; numbers are clamped to 1..MAX_SLIDE; words are refused. */
function parseSlide(raw: string | undefined, notices: Message[]): number | null {
  if (raw === undefined) return null;
  const text = raw.slice(0, MAX_VALUE_LENGTH).trim();
  if (text === '') return 1;
  const n = Number(text);
  if (!Number.isFinite(n)) {
    notices.push({ id: 'url.badSlide', values: { value: shorten(raw) } });
    return 1;
  }
  return Math.min(MAX_SLIDE, Math.max(1, Math.trunc(n)));
}

const FLAG_WORDS: Record<string, boolean> = {
  '': true,
  '1': true,
  true: true,
  on: true,
  yes: true,
  '0': false,
  false: false,
  off: false,
  no: false,
};

/**
 * A switch in the link: `?quiz`, `quiz=1`, `on`, `true`, `yes` turn it on; `0`, `off`, `false`, `no`
 * turn it off; absent, it is `fallback`; any other word is reported and leaves it at `fallback`.
 */
function parseFlag(raw: string | undefined, name: string, notices: Message[], fallback = false): boolean {
  if (raw === undefined) return fallback;
  const flag = FLAG_WORDS[raw.slice(0, MAX_VALUE_LENGTH).trim().toLowerCase()];
  if (flag !== undefined) return flag;
  notices.push({ id: 'url.badFlag', values: { name, value: short(raw), state: fallback ? 'on' : 'off' } });
  return fallback;
}

/**
 * Reads a query string into state. Never throws: unknown or malformed values are dropped and
 * explained in `notices` so the user sees why a link did not open what it promised. Filters are
 * read only when `knownFilters` is given.
 */
export function queryToState(
  search: string,
  knownCountries: ReadonlySet<string>,
  knownFilters?: KnownFilterValues,
): ParsedQuery {
  const params = safeParams(search);
  const notices: Message[] = [];
  const raw = params.getAll('country').at(-1);
  let country: string | null = null;
  if (raw !== undefined && raw !== '') {
    const id = raw.slice(0, MAX_VALUE_LENGTH).trim().toUpperCase();
    if (knownCountries.has(id)) country = id;
    else notices.push({ id: 'url.unknownCountry', values: { value: shorten(raw) } });
  }
  const present = parseSlide(params.getAll('present').at(-1), notices);
  const { lang, unknown } = parseLang(params.getAll('lang').at(-1));
  const withLang = lang ? { lang } : {};
  const unknownLang = unknown === null ? {} : { unknownLang: short(unknown) };
  if (!knownFilters) return { state: { country, present, ...withLang }, notices, ...unknownLang };

  const filters: Record<FilterKind, readonly string[]> = { ...emptyFilters };
  for (const kind of FILTER_KINDS) {
    const list = params.getAll(kind).at(-1);
    if (list === undefined) continue;
    const { ids, unknown } = parseList(list, kind, knownFilters[kind]);
    filters[kind] = ids;
    if (unknown.length > 0)
      notices.push({
        id: unknown.length > 3 ? 'url.unknownFiltersMore' : 'url.unknownFilters',
        values: { kind, values: unknown.slice(0, 3).map(short).join(', ') },
      });
  }
  const asOf = params.getAll('asof').at(-1)?.trim().toLowerCase();
  if (asOf !== undefined && asOf !== 'today' && asOf !== 'article' && asOf !== '')
    notices.push({ id: 'url.badAsOf', values: { value: short(asOf) } });
  const quiz = parseFlag(params.getAll('quiz').at(-1), 'quiz', notices);
  // A revealed answer means nothing without the quiz: read (and reported) only with it.
  const reveal = quiz && parseFlag(params.getAll('reveal').at(-1), 'reveal', notices);
  return {
    state: {
      country,
      present,
      filters,
      membershipView: asOf === 'today' ? 'today' : 'article',
      quiz,
      reveal,
      labels: parseFlag(params.getAll('labels').at(-1), 'labels', notices, true),
      ...withLang,
    },
    notices,
    ...unknownLang,
  };
}

/**
 * Writes state into a query string ("" or "?country=RUS&org=SCO"), keeping parameters it does not
 * own. Filters, the membership view, the slide, the quiz, the names' switch and the language are
 * written only when the state carries them.
 */
export function stateToQuery(state: UrlState, current = ''): string {
  const params = safeParams(current);
  params.delete('country');
  if (state.country) params.set('country', state.country);
  if (state.present !== undefined) {
    params.delete('present');
    if (state.present !== null) params.set('present', String(state.present));
  }
  if (state.quiz !== undefined) {
    params.delete('quiz');
    params.delete('reveal');
    if (state.quiz) params.set('quiz', '1');
    if (state.quiz && state.reveal) params.set('reveal', '1');
  }
  if (state.filters) {
    for (const kind of FILTER_KINDS) {
      params.delete(kind);
      const ids = state.filters[kind];
      if (ids.length > 0) params.set(kind, ids.join(','));
    }
  }
  if (state.membershipView) {
    params.delete('asof');
    if (state.membershipView === 'today') params.set('asof', 'today');
  }
  if (state.labels !== undefined) {
    params.delete('labels');
    if (!state.labels) params.set('labels', '0');
  }
  if (state.lang !== undefined) {
    params.delete('lang');
    params.set('lang', state.lang);
  }
  // Commas are safe in a query and keep links readable: ?org=SCO,CSTO rather than SCO%2CCSTO.
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}
