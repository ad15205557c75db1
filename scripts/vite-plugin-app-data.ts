import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { decodeCountries } from '../src/geo/atlas-fixes.ts';
import { countryNames, sovereignStates } from '../src/geo/country-names.ts';
import { layoutWorld } from '../src/geo/world-shapes.ts';
import { validateDataset } from '../src/model/validate-dataset.ts';
import { validateTour } from '../src/model/validate-tour.ts';

/** The map's viewBox. The SVG scales to the viewport, so this is a shape, not a size. */
export const MAP_SIZE = { width: 1000, height: 480 } as const;

const DATASET_FILE = new URL('../data/kazakhstan.json', import.meta.url);
const TOUR_FILE = new URL('../data/tour.json', import.meta.url);
const ARTICLE_FILE = new URL('../data/article.txt', import.meta.url);

function worldLayout() {
  return layoutWorld({
    countries: decodeCountries(atlas as unknown as Topology),
    smallStates: sovereignStates,
    names: countryNames,
    ...MAP_SIZE,
    projection: 'equal-earth',
    exclude: ['ATA'],
  });
}

function worldModule(): string {
  return `export default ${JSON.stringify(worldLayout())};`;
}

/** Parses and validates the dataset; a broken file stops the build with every problem listed. */
function datasetModule(): string {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(DATASET_FILE, 'utf8'));
  } catch (error) {
    throw new Error(`data/kazakhstan.json is not valid JSON: ${(error as Error).message}`);
  }
  const result = validateDataset(input);
  if (!result.ok) throw new Error(`data/kazakhstan.json is invalid:\n  ${result.errors.join('\n  ')}`);
  return `export default ${JSON.stringify(result.dataset)};`;
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
  if (!dataset.ok) throw new Error(`data/kazakhstan.json is invalid:\n  ${dataset.errors.join('\n  ')}`);
  const result = validateTour(readJson(TOUR_FILE), {
    body: readFileSync(ARTICLE_FILE, 'utf8'),
    sections: new Set(dataset.dataset.sections.map((s) => s.id)),
    countries: new Set(
      worldLayout()
        .shapes.filter((s) => s.interactive)
        .map((s) => s.id),
    ),
  });
  if (!result.ok) throw new Error(`data/tour.json is invalid:\n  ${result.errors.join('\n  ')}`);
  return `export default ${JSON.stringify(result.tour)};`;
}

const modules: Record<string, () => string> = {
  'virtual:world': worldModule,
  'virtual:dataset': datasetModule,
  'virtual:tour': tourModule,
};

/**
 * Serves `virtual:world` (the atlas projected at build time into rounded SVG paths, so the browser
 * neither downloads TopoJSON nor runs d3-geo before it paints) and `virtual:dataset` (the validated
 * dataset, with schema defaults applied) and `virtual:tour` (the guided tour, validated likewise).
 */
export function appDataPlugin(): Plugin {
  return {
    name: 'app-data',
    resolveId: (id) => (id in modules ? `\0${id}` : undefined),
    load(id) {
      const make = id.startsWith('\0') ? modules[id.slice(1)] : undefined;
      if (!make) return undefined;
      if (id === '\0virtual:dataset') this.addWatchFile(DATASET_FILE.pathname);
      if (id === '\0virtual:tour') this.addWatchFile(TOUR_FILE.pathname);
      return make();
    },
  };
}
