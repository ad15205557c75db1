import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type I18n, type Messages, setupI18n } from '@lingui/core';
import type { Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import atlas50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import overrides from '../data/country-name-overrides.json' with { type: 'json' };
import type { DetailLayout } from '../src/geo/detail-layout.ts';
import { labelPoints } from '../src/geo/label-points.ts';
import { NAMED_LOCALES, namesFile, withOtherLanguageNames } from '../src/geo/localised-names.ts';
import {
  type BuiltWorld,
  buildDetail,
  buildWorld,
  shippedSearchNames,
  shippedWorld,
  worldArcs,
} from '../src/geo/world-recipe.ts';
import type { WorldLayout } from '../src/geo/world-shapes.ts';
import type { Message } from '../src/i18n/i18n.ts';
import type { Dataset } from '../src/model/schema.ts';
import { validateDataset } from '../src/model/validate-dataset.ts';
import { validateTour } from '../src/model/validate-tour.ts';
import { compiledCatalog } from './vite-plugin-catalogs.ts';

const DATASET_FILE = new URL('../data/kazakhstan.json', import.meta.url);
const NAME_OVERRIDES_FILE = new URL('../data/country-name-overrides.json', import.meta.url);
const TOUR_FILE = new URL('../data/tour.json', import.meta.url);
const ARTICLE_FILE = new URL('../data/article.txt', import.meta.url);

/** Built once per build (src/geo/world-recipe.ts): the map, the arcs and the tour's checks all need it. */
let built: BuiltWorld | undefined;
const world = (): BuiltWorld => {
  built ??= buildWorld(atlas as unknown as Topology);
  return built;
};

/** The world for the browser; `withPaths: false` leaves the outlines out (they are in the SVG). */
const worldData = (withPaths: boolean): WorldLayout => shippedWorld(world().layout, withPaths);

let detail: DetailLayout | undefined;
/** The 1:50m outlines, in the 1:110m map's projection and by its ids (drawn when zoomed in). */
const detailData = (): DetailLayout => {
  detail ??= buildDetail(atlas50 as unknown as Topology, world());
  return detail;
};

function worldModule(withPaths: boolean): string {
  return `export default ${JSON.stringify(worldData(withPaths))};`;
}

/** Arcs from the built-in dataset's capital (lazy-loaded by the map), drawable from another. */
function arcsModule(): string {
  const capital = datasetData().home.capital;
  return `export default ${JSON.stringify(worldArcs(world(), capital ? [capital.lon, capital.lat] : null))};`;
}

let english: I18n | undefined;
/** A file's problems in English, one a line: the build's errors are for the person running it. */
function inEnglish(errors: readonly Message[]): string {
  english ??= setupI18n({ locale: 'en', messages: { en: compiledCatalog('en') as Messages } });
  const words = english;
  return errors.map((e) => words._(e.id, e.values as Record<string, unknown> | undefined)).join('\n  ');
}

/** Parses and validates the dataset; a broken file stops the build with every problem listed. */
function datasetData(): Dataset {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(DATASET_FILE, 'utf8'));
  } catch (error) {
    throw new Error(`data/kazakhstan.json is not valid JSON: ${(error as Error).message}`);
  }
  const result = validateDataset(input);
  if (!result.ok) throw new Error(`data/kazakhstan.json is invalid:\n  ${inEnglish(result.errors)}`);
  return result.dataset;
}

/** `virtual:names/<locale>` for Russian and Kazakh: each shape's short name (localised-names.ts). */
const namesData = Object.fromEntries(
  NAMED_LOCALES.map((locale) => [
    `virtual:names/${locale}`,
    () =>
      namesFile(
        world().layout.shapes.map((s) => s.id),
        locale,
        overrides,
      ),
  ]),
);

/** Search's other names (`shippedSearchNames`), with each country's ru and kk names added. */
function searchNames(): Record<string, string[]> {
  const { shapes } = world().layout;
  const english = new Map(shapes.map((s) => [s.id, s.name]));
  const ids = shapes.filter((s) => s.interactive).map((s) => s.id);
  return withOtherLanguageNames(shippedSearchNames(world().layout), ids, english, overrides);
}

function datasetModule(): string {
  return `export default ${JSON.stringify(datasetData())};`;
}

/**
 * Data the production page fetches as JSON files, rather than as JavaScript to parse and run, or
 * as text in index.html: the HTML parser would have to read 140 KB more before the prerendered map
 * could paint. index.html preloads them (`<link rel="preload" as="fetch">`) while the map paints.
 */
const FETCHED_DATA: Record<string, () => unknown> = {
  'virtual:world': () => worldData(false),
  'virtual:dataset': datasetData,
  'virtual:labels': () => labelPoints(world().layout.shapes),
  'virtual:search-names': searchNames,
  ...namesData,
};
/**
 * Fetched after the first view (the map's names; search's other names; the countries' names in
 * Russian and Kazakh, loaded with the language), so index.html does not preload them.
 */
const LATER_DATA = new Set(['virtual:labels', 'virtual:search-names', ...Object.keys(namesData)]);

/**
 * Data fetched only when the map needs it, emitted like FETCHED_DATA but never preloaded: the 1:50m
 * outlines (about 230 KB gzip) are for a map zoomed in to 3× and more, not for the first view.
 */
const LAZY_DATA: Record<string, () => unknown> = {
  'virtual:world-50m': detailData,
};

/** The URLs of the data files the last client build emitted, for the prerender step's preloads. */
export const emittedDataFiles = new Map<string, string>();

const contentHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);

/** The production client's module for fetched data: top-level await, so importers get plain data. */
function fetchedDataModule(url: string): string {
  return `const response = await fetch(${JSON.stringify(url)});
if (!response.ok) throw new Error(\`The map's data (${url}) did not load: HTTP \${response.status}.\`);
export default await response.json();`;
}

function readJson(file: URL): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file.pathname} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The guided tour, checked against the article, the dataset's sections and the map's countries. */
function tourModule(): string {
  const dataset = validateDataset(readJson(DATASET_FILE));
  if (!dataset.ok) throw new Error(`data/kazakhstan.json is invalid:\n  ${inEnglish(dataset.errors)}`);
  const result = validateTour(readJson(TOUR_FILE), {
    body: readFileSync(ARTICLE_FILE, 'utf8'),
    sections: new Set(dataset.dataset.sections.map((s) => s.id)),
    countries: new Set(
      world()
        .layout.shapes.filter((s) => s.interactive)
        .map((s) => s.id),
    ),
  });
  if (!result.ok) throw new Error(`data/tour.json is invalid:\n  ${inEnglish(result.errors)}`);
  return `export default ${JSON.stringify(result.tour)};`;
}

const modules: Record<string, (withPaths: boolean) => string> = {
  'virtual:world': worldModule,
  'virtual:dataset': datasetModule,
  'virtual:arcs': arcsModule,
  'virtual:tour': tourModule,
  'virtual:labels': () => `export default ${JSON.stringify(labelPoints(world().layout.shapes))};`,
  'virtual:world-50m': () => `export default ${JSON.stringify(detailData())};`,
  'virtual:search-names': () => `export default ${JSON.stringify(searchNames())};`,
  ...Object.fromEntries(
    Object.entries(namesData).map(([id, names]) => [id, () => `export default ${JSON.stringify(names())};`]),
  ),
};

/**
 * Serves `virtual:world` (the atlas projected at build time into rounded SVG paths, so the browser
 * neither downloads TopoJSON nor runs d3-geo before it paints) and `virtual:dataset` (the validated
 * dataset, with schema defaults applied) and `virtual:tour` (the guided tour, validated likewise),
 * and `virtual:world-50m` (finer outlines, imported on demand; inlined in the single-file build).
 */
export function appDataPlugin(): Plugin {
  let pathsInHtml = false;
  let base = '/';
  return {
    name: 'app-data',
    configResolved(config) {
      // Only the production client build has a prerendered index.html to read outlines from.
      pathsInHtml = config.command === 'build' && config.mode === 'production' && !config.build.ssr;
      base = config.base;
    },
    resolveId: (id) => (id in modules ? `\0${id}` : undefined),
    load(id, options) {
      const make = id.startsWith('\0') ? modules[id.slice(1)] : undefined;
      if (!make) return undefined;
      if (id === '\0virtual:dataset') this.addWatchFile(DATASET_FILE.pathname);
      if (id === '\0virtual:tour') this.addWatchFile(TOUR_FILE.pathname);
      if (id.startsWith('\0virtual:names/') || id === '\0virtual:search-names')
        this.addWatchFile(NAME_OVERRIDES_FILE.pathname);
      const client = pathsInHtml && options?.ssr !== true;
      const fetched = client ? (FETCHED_DATA[id.slice(1)] ?? LAZY_DATA[id.slice(1)]) : undefined;
      if (fetched) {
        const json = JSON.stringify(fetched());
        const fileName = `assets/${id.slice(id.indexOf(':') + 1).replace('/', '-')}-${contentHash(json)}.json`;
        this.emitFile({ type: 'asset', fileName, source: json });
        const url = `${base}${fileName}`;
        if (id.slice(1) in FETCHED_DATA && !LATER_DATA.has(id.slice(1)))
          emittedDataFiles.set(id.slice(1), url);
        return fetchedDataModule(url);
      }
      return make(!client);
    },
  };
}
