// @vitest-environment node -- pure data tests; jsdom would give import.meta.url a non-file scheme
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { word } from '../../../src/i18n/i18n.ts';
import { formatIssuePath } from '../../../src/model/issue-message.ts';
import { validateDataset } from '../../../src/model/validate-dataset.ts';

const dataset = JSON.parse(readFileSync(new URL('../../../data/kazakhstan.json', import.meta.url), 'utf8'));

/** A deep copy of the real dataset, changed by `edit`, so each case breaks exactly one thing. */
function broken(edit: (d: typeof dataset) => void): unknown {
  const copy = structuredClone(dataset);
  edit(copy);
  return copy;
}

function errorsOf(input: unknown): string[] {
  const result = validateDataset(input);
  return result.ok ? [] : result.errors.map(word);
}

describe('validateDataset', () => {
  it('accepts the real dataset', () => {
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('names the path and the allowed values for a wrong relation', () => {
    const errors = errorsOf(broken((d) => (d.partners[3].relation = 'friend')));
    expect(errors).toEqual([
      'partners[3].relation: expected one of "alliance" | "strategic-partnership" | "cooperation"',
    ]);
  });

  it('reports missing and empty aims', () => {
    expect(errorsOf(broken((d) => delete d.partners[2].aims))).toEqual([
      'partners[2].aims: expected array, received undefined',
    ]);
    expect(errorsOf(broken((d) => (d.partners[2].aims = []))).join()).toMatch(
      /^partners\[2\]\.aims: Too small/,
    );
  });

  it('reports a via that names no group or region', () => {
    const i = dataset.partners.findIndex((p: { mention: string }) => p.mention === 'group');
    expect(errorsOf(broken((d) => (d.partners[i].via = 'nowhere')))).toEqual([
      `partners[${i}].via: unknown group or region "nowhere"`,
    ]);
  });

  it('requires via exactly for group and region mentions', () => {
    const i = dataset.partners.findIndex((p: { mention: string }) => p.mention === 'region');
    expect(errorsOf(broken((d) => delete d.partners[i].via))).toEqual([
      `partners[${i}].via: required when mention is "region"`,
    ]);
    expect(errorsOf(broken((d) => (d.partners[0].via = 'european-union')))).toEqual([
      'partners[0].via: only allowed when mention is "group" or "region"',
    ]);
  });

  it('reports a duplicate partner at its second occurrence', () => {
    const n = dataset.partners.length;
    const errors = errorsOf(broken((d) => d.partners.push(structuredClone(d.partners[0]))));
    expect(errors).toEqual([
      `partners[${n}].id: "${dataset.partners[0].id}" appears twice (also partners[0])`,
    ]);
  });

  it('reports unknown vector, sector and section ids, the home country as partner, and left before joined', () => {
    const errors = errorsOf(
      broken((d) => {
        d.partners[0].vectors.push('mars');
        d.partners[0].sectors.push('mining');
        d.partners[0].aims[0].section = 'epilogue';
        d.partners[1].id = 'KAZ';
        d.organisations[0].members[0].left = '1900-01-01';
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        `partners[0].vectors[${dataset.partners[0].vectors.length}]: unknown vector "mars"`,
        `partners[0].sectors[${dataset.partners[0].sectors.length}]: unknown sector "mining"`,
        'partners[0].aims[0].section: unknown section "epilogue"',
        'partners[1].id: the home country "KAZ" cannot be a partner',
        expect.stringMatching(/^organisations\[0\]\.members\[0\]\.left: must be after joined/),
      ]),
    );
  });

  it.each([null, 42, 'x', [], undefined, true])('rejects %j without throwing', (input) => {
    const errors = errorsOf(input);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\(root\): expected object, received /);
  });

  it('survives hostile objects', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(() => validateDataset(hostile)).not.toThrow();
    expect(validateDataset(hostile).ok).toBe(false);
  });
});

describe('formatIssuePath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    expect(formatIssuePath(['partners', 3, 'aims', 0, 'text'])).toBe('partners[3].aims[0].text');
    expect(formatIssuePath([])).toBe('(root)');
    expect(formatIssuePath(['a b', 'c'])).toBe('["a b"].c');
    expect(formatIssuePath([Symbol('s')])).toBe('[Symbol(s)]');
  });
});
