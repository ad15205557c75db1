import layout from 'virtual:world';
import { neighbourIndex } from '../geo/neighbour-index.ts';
import { RENAMED } from '../geo/renamed-countries.ts';
import type { DrawnShape, WorldLayout } from '../geo/world-shapes.ts';
import type { Locale } from '../i18n/locales.ts';
import type { SearchEntry } from '../model/country-search.ts';
import type { MatchContext } from '../model/filters.ts';

/**
 * The one owner of the projected world (built by src/geo/world-recipe.ts, served as
 * `virtual:world`) and of every index on it. Nothing else imports `virtual:world`.
 */
export const world: WorldLayout = layout;

/**
 * Gives the outlines to a world shipped without them: the production page carries them in its
 * prerendered SVG, and boot reads them back (by `data-outline` id) before the app renders, so React
 * hydrates exactly what was painted. Outlines the world already has stay.
 */
export function adoptOutlines(outlines: ReadonlyMap<string, string>): void {
  for (const shape of world.shapes) {
    if (shape.kind === 'shape' && shape.d === '') shape.d = outlines.get(shape.id) ?? '';
  }
}

/** Countries a person can select (Kosovo is drawn but inert). */
export const selectableShapes: readonly DrawnShape[] = world.shapes.filter((s) => s.interactive);

export const shapeById: ReadonlyMap<string, DrawnShape> = new Map(selectableShapes.map((s) => [s.id, s]));

export const selectableIds: ReadonlySet<string> = new Set(shapeById.keys());

/** English short names (world-countries, via src/geo/world-recipe.ts), the map's own. */
const englishNames: ReadonlyMap<string, string> = new Map(world.shapes.map((s) => [s.id, s.name]));

/**
 * Short names by id, for the countries on the map, in the active language (activateCountryNames
 * rewrites it in place, before the store switches `locale`).
 */
export const countryNameById: ReadonlyMap<string, string> = new Map(
  selectableShapes.map((s) => [s.id, s.name]),
);

/** The active language's names of every shape (Kosovo's too): English until a switch. */
let activeNames: ReadonlyMap<string, string> = englishNames;

/**
 * English names of countries renamed since the built-in article (whose names `englishNames` has),
 * for a dataset dated after the renaming (renamed-countries.ts).
 */
let renamedSince: ReadonlyMap<string, string> = new Map();

/**
 * Short name of a country on the map in the active language, or its code when the map does not
 * have it. A component re-renders on a switch through `useCountryName()`.
 */
export const countryName = (id: string): string =>
  (activeNames === englishNames ? renamedSince.get(id) : undefined) ??
  activeNames.get(id) ??
  englishNames.get(id) ??
  id;

const refreshNamesById = () => {
  const byId = countryNameById as Map<string, string>;
  for (const id of byId.keys()) byId.set(id, countryName(id));
};

/**
 * Names countries as they were named on `date` (YYYY-MM-DD, the dataset's `asOf`): a dataset dated
 * after a renaming uses the new English name. The store calls it when it shows a dataset.
 */
export function setNamesDate(date: string): void {
  renamedSince = new Map([...RENAMED].filter(([, r]) => date >= r.since).map(([id, r]) => [id, r.current]));
  refreshNamesById();
}

const namesFiles: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Record<string, string> }>> = {
  ru: () => import('virtual:names/ru'),
  kk: () => import('virtual:names/kk'),
};
const loadedNames = new Map<Locale, ReadonlyMap<string, string>>([['en', englishNames]]);

/**
 * Loads `locale`'s country names (once; a file of its own for ru and kk, built from
 * i18n-iso-countries and data/country-name-overrides.json) and makes them the ones `countryName`
 * and `countryNameById` answer with. Rejects when the file cannot be fetched; the names then stay
 * as they were.
 */
export async function activateCountryNames(locale: Locale): Promise<void> {
  let names = loadedNames.get(locale);
  if (!names && locale !== 'en') {
    const { default: file } = await namesFiles[locale]();
    names = new Map(Object.entries(file));
    loadedNames.set(locale, names);
  }
  activeNames = names ?? englishNames;
  refreshNamesById();
}

/** What search looks through before `loadSearchEntries` has answered: each country's English name. */
export const searchEntries: readonly SearchEntry[] = selectableShapes.map(({ id, name }) => ({ id, name }));

let withOtherNames: Promise<readonly SearchEntry[]> | undefined;

/**
 * Each country's name and the other names people type ("USA", "Kyrgyz Republic", «Ресей», «США»), fetched the
 * first time it is asked for (a file of its own: the first view has no use for it). Rejects when
 * the file cannot be loaded; a later call tries again.
 */
export function loadSearchEntries(): Promise<readonly SearchEntry[]> {
  withOtherNames ??= import('virtual:search-names').then(
    ({ default: names }) => searchEntries.map((e) => ({ ...e, alt: names[e.id] ?? [] })),
    (error: unknown) => {
      withOtherNames = undefined;
      throw error;
    },
  );
  return withOtherNames;
}

/** Every selectable country and its UN M49 region, and the regions on the map by name. */
export const worldIndex: Omit<MatchContext, 'date'> & { regions: { id: string; name: string }[] } = {
  countries: [...selectableIds],
  regionOf: new Map(selectableShapes.flatMap((s) => (s.region ? [[s.id, s.region] as const] : []))),
  regions: world.regions ?? [],
};

/** Built on the first question, not at start: the first view asks none. */
let neighbours: Map<string, string[]> | undefined;

/**
 * The countries around `id`: those whose outlines touch it, or for an island or a small state the
 * nearest ones (src/geo/neighbours.ts). Empty for an id not on the map.
 */
export const neighboursOf = (id: string): readonly string[] => {
  neighbours ??= neighbourIndex(world.shapes);
  return neighbours.get(id) ?? [];
};
