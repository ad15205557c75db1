// @vitest-environment node -- reads files only
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countryNames } from '../../../src/geo/country-names.ts';
import type { LocalizedText } from '../../../src/model/localized.ts';
import type { Dataset } from '../../../src/model/schema.ts';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
const builtIn = JSON.parse(
  readFileSync(new URL('../../../data/kazakhstan.json', import.meta.url), 'utf8'),
) as Dataset;

const homeName = countryNames.get(builtIn.home.id) ?? '';
/** Every language's words of a name the dataset may give per language. */
const inEveryLanguage = (text: LocalizedText | undefined): (string | undefined)[] =>
  typeof text === 'object' ? Object.values(text) : [text];
/** Every name the built-in dataset gives its home country, its capital and its groups. */
const names = [
  builtIn.home.id,
  homeName,
  ...inEveryLanguage(builtIn.shortTitle),
  builtIn.home.capital?.name,
  ...builtIn.groups.flatMap((g) => [...inEveryLanguage(g.name), ...inEveryLanguage(g.acronym)]),
].filter((n): n is string => typeof n === 'string' && n.length > 0);
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Whole words, and the country's adjective too ("the Kazakh article"): its name's first five letters.
const pattern = new RegExp(
  `\\b(${[...names.map((n) => `${literal(n)}\\b`), literal(homeName.slice(0, 5))].join('|')})`,
);

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

/** src/ holds code for any dataset; only data/ names the built-in article's home country. */
describe('src/ names no home country', () => {
  it('derives the names from the built-in dataset', () => {
    expect(names).toEqual(expect.arrayContaining(['KAZ', 'Kazakhstan', 'Astana', 'European Union', 'EU']));
  });

  it('finds none of them in any file under src/, comments included', () => {
    const hits = files(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          pattern.test(line) ? [`${file.slice(SRC.length)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(hits).toEqual([]);
  });
});
