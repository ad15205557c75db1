// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { word } from '../../../src/i18n/i18n.ts';
import { loadDatasetText } from '../../../src/model/load-dataset.ts';
import { selectableIds } from '../../../src/world/world.ts';

const mapIds = selectableIds;
const read = (path: string) => readFileSync(new URL(`../../../data/${path}`, import.meta.url), 'utf8');

describe('loadDatasetText', () => {
  it('accepts the built-in dataset and the example for another country', () => {
    expect(loadDatasetText(read('kazakhstan.json'), mapIds).ok).toBe(true);
    const example = loadDatasetText(read('examples/mongolia-sample.json'), mapIds);
    expect(example.ok && example.dataset.home.id).toBe('MNG');
  });

  it('reports JSON syntax errors, schema errors with paths, ids not on the map and non-verbatim quotes', () => {
    const errorsOf = (text: string) => {
      const result = loadDatasetText(text, mapIds);
      return result.ok ? [] : result.errors.map(word);
    };
    expect(errorsOf('{"schemaVersion": 1,')[0]).toMatch(/^\(file\): not valid JSON/);
    const example = JSON.parse(read('examples/mongolia-sample.json'));
    example.partners[0].relation = 'friends';
    expect(errorsOf(JSON.stringify(example))).toContain(
      'partners[0].relation: expected one of "alliance" | "strategic-partnership" | "cooperation"',
    );
    example.partners[0].relation = 'cooperation';
    example.partners[1].id = 'ATA';
    example.home.id = 'XKX';
    expect(errorsOf(JSON.stringify(example))).toEqual(
      expect.arrayContaining([
        'home.id: "XKX" is not a country on the map',
        'partners[1].id: "ATA" is not a country on the map',
      ]),
    );
    example.home.id = 'MNG';
    example.partners[1].id = 'CHN';
    example.partners[2].aims[0].text = 'Mongolia joins NATO.';
    expect(errorsOf(JSON.stringify(example))).toEqual([
      'partners[2].aims[0].text: not found verbatim in source.body',
    ]);
  });
});
