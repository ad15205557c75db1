import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Features reach each other through the store or a typed handle (src/components/map-handle.ts),
 * never by a selector naming another feature's DOM: no import graph would show that coupling.
 */
const ROOT = join(import.meta.dirname, '../../../src');
const FEATURES = join(ROOT, 'features');

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });

const featureOf = (path: string) => relative(FEATURES, path).split(sep)[0] ?? '';

/** BEM blocks (`map` of `map__svg`) each feature writes in its own `className`s. */
function blockOwners(): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const path of sources(FEATURES)) {
    const text = readFileSync(path, 'utf8');
    for (const [, value = ''] of text.matchAll(/className=\{?\s*[`"']([^`"']*)/g)) {
      for (const token of value.split(/\s+/)) {
        if (!/^[a-z][\w-]*__/.test(token)) continue; // only element classes name a feature's block
        const block = token.split('__')[0] ?? '';
        owners.set(block, (owners.get(block) ?? new Set()).add(featureOf(path)));
      }
    }
  }
  return owners;
}

/** The first argument of every DOM query in a file, as written (string or template literal). */
const selectorsIn = (text: string) =>
  [...text.matchAll(/\.(?:querySelector(?:All)?|closest|matches)\s*(?:<[^>]*>)?\(\s*([`'"])(.*?)\1/g)].map(
    (m) => m[2] ?? '',
  );

/** Every selector in a feature that names a class block owned only by other features, or a map country. */
function crossFeatureSelectors(): string[] {
  const owners = blockOwners();
  const found: string[] = [];
  for (const path of sources(FEATURES)) {
    const feature = featureOf(path);
    for (const selector of selectorsIn(readFileSync(path, 'utf8'))) {
      const foreignClass = [...selector.matchAll(/\.([a-z][\w-]*?)(?:__|--|[^\w-]|$)/g)].some(([, block]) => {
        const by = owners.get(block ?? '');
        return by !== undefined && !by.has(feature);
      });
      // A country's shape on the map: data-id with role="button" is the map's (the table's rows have data-id too).
      const mapCountry =
        feature !== 'map' && /\[data-id[\]=]/.test(selector) && /role="button"/.test(selector);
      if (foreignClass || mapCountry) found.push(`${relative(ROOT, path)}: ${selector}`);
    }
  }
  return found;
}

/** Shared code and other features naming the map's countries in any string: a selector waiting to be used. */
function mapCountrySelectors(): string[] {
  const files = [
    ...sources(join(ROOT, 'components')),
    ...sources(FEATURES).filter((p) => featureOf(p) !== 'map'),
  ];
  return files.flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => /\[data-id[\]=]/.test(line) && /role="button"/.test(line))
      .map((line) => `${relative(ROOT, path)}: ${line.trim()}`),
  );
}

describe('feature boundaries', () => {
  it('finds the class blocks the map owns (the check below would pass vacuously otherwise)', () => {
    expect([...(blockOwners().get('map') ?? [])]).toEqual(['map']);
    const placeholder = `${'$'}{id}`;
    const sample = `el.querySelector<SVGElement>('.map__svg'); x.closest(\`[data-id="${placeholder}"]\`)`;
    expect(selectorsIn(sample)).toEqual(['.map__svg', `[data-id="${placeholder}"]`]);
  });

  it('no feature queries another feature’s class names or the map’s countries by a selector', () => {
    expect(crossFeatureSelectors()).toEqual([]);
  });

  it('no shared module or other feature keeps a selector for the map’s countries (the handle gives them)', () => {
    expect(mapCountrySelectors()).toEqual([]);
  });
});
