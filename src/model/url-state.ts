/**
 * The part of the app's state that a link carries. Extended, never renamed: saved links depend on it.
 * `present` is the 1-based slide of the guided tour (`?present=4`), or null outside the tour.
 */
export type UrlState = { country: string | null; present: number | null };

export type ParsedQuery = { state: UrlState; notices: string[] };

const MAX_VALUE_LENGTH = 64;
/** Upper bound for `?present=`; the tour itself clamps to its last slide once it has loaded. */
export const MAX_SLIDE = 999;

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

const shorten = (raw: string) => `${raw.slice(0, 12)}${raw.length > 12 ? '…' : ''}`;

/** `?present` alone starts at slide 1; numbers are clamped to 1..MAX_SLIDE; words are refused. */
function parseSlide(raw: string | undefined, notices: string[]): number | null {
  if (raw === undefined) return null;
  const text = raw.slice(0, MAX_VALUE_LENGTH).trim();
  if (text === '') return 1;
  const n = Number(text);
  if (!Number.isFinite(n)) {
    notices.push(
      `The link asks for slide "${shorten(raw)}", which is not a slide number; the tour starts at slide 1.`,
    );
    return 1;
  }
  return Math.min(MAX_SLIDE, Math.max(1, Math.trunc(n)));
}

/**
 * Reads a query string into state. Never throws: unknown or malformed values are dropped and
 * explained in `notices` so the user sees why a link did not open what it promised.
 */
export function queryToState(search: string, knownCountries: ReadonlySet<string>): ParsedQuery {
  const params = safeParams(search);
  const notices: string[] = [];
  const raw = params.getAll('country').at(-1);
  let country: string | null = null;
  if (raw !== undefined && raw !== '') {
    const id = raw.slice(0, MAX_VALUE_LENGTH).trim().toUpperCase();
    if (knownCountries.has(id)) country = id;
    else notices.push(`The link asks for country "${shorten(raw)}", which is not on this map.`);
  }
  const present = parseSlide(params.getAll('present').at(-1), notices);
  return { state: { country, present }, notices };
}

/** Writes state into a query string ("" or "?country=RUS&present=4"), keeping parameters it does not own. */
export function stateToQuery(state: UrlState, current = ''): string {
  const params = safeParams(current);
  params.delete('country');
  params.delete('present');
  if (state.country) params.set('country', state.country);
  if (state.present !== null) params.set('present', String(state.present));
  const query = params.toString();
  return query ? `?${query}` : '';
}
