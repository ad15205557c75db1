/** The part of the app's state that a link carries. Extended, never renamed: saved links depend on it. */
export type UrlState = { country: string | null };

export type ParsedQuery = { state: UrlState; notices: string[] };

const MAX_VALUE_LENGTH = 64;

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
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
    else
      notices.push(
        `The link asks for country "${raw.slice(0, 12)}${raw.length > 12 ? '…' : ''}", which is not on this map.`,
      );
  }
  return { state: { country }, notices };
}

/** Writes state into a query string ("" or "?country=RUS"), keeping parameters it does not own. */
export function stateToQuery(state: UrlState, current = ''): string {
  const params = safeParams(current);
  params.delete('country');
  if (state.country) params.set('country', state.country);
  const query = params.toString();
  return query ? `?${query}` : '';
}
