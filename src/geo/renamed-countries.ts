/**
 * Countries whose English short name changed recently, so the country package already has the new
 * one while an article written before the change uses the old. The map shows the name in use
 * on the dataset's date (the built-in article's: 3 March 2017), because students read it beside
 * the article, and gives today's name as secondary ("Türkiye since June 2022"). The other
 * interface languages' names did not change (Турция, Түркия): this is about English names only. Only countries the article covers
 * and renamed after its date belong here; the unit tests check every covered country against it.
 * Source: the UN accepted "Türkiye" in June 2022 at Türkiye's request; `since` stands for the month.
 */
export const RENAMED: ReadonlyMap<
  string,
  { former: string; current: string; since: string; sinceText: string }
> = new Map([['TUR', { former: 'Turkey', current: 'Türkiye', since: '2022-06-01', sinceText: 'June 2022' }]]);

/** The English short name `id` had on `date` (YYYY-MM-DD) when it has changed since; else undefined. */
export function formerNameOn(id: string, date: string): string | undefined {
  const r = RENAMED.get(id);
  return r && date < r.since ? r.former : undefined;
}

/** Today's English name of a country renamed after `date` ("Türkiye since June 2022"), or undefined. */
export function currentNameNote(id: string, date: string): string | undefined {
  const r = RENAMED.get(id);
  return r && date < r.since ? `${r.current} since ${r.sinceText}` : undefined;
}
