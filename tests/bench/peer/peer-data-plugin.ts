import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import countries from 'world-countries';

type Partner = { id: string; relation: string; articleName?: string; aims: { text: string }[] };

/**
 * The peer page's data as such an app keeps it: one JSON file keyed by the atlas's numeric ids,
 * each country with its relation and quotes, fetched beside the atlas. Emitted as `peer-quotes.json`.
 */
export function peerDataPlugin(datasetFile: URL): Plugin {
  return {
    name: 'peer-data',
    apply: 'build',
    generateBundle() {
      const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as { partners: Partner[] };
      const byAlpha3 = new Map(countries.map((c) => [c.cca3, c]));
      const entries = dataset.partners.flatMap((p) => {
        const country = byAlpha3.get(p.id);
        if (!country?.ccn3) return [];
        const value = {
          id: p.id,
          name: country.name.common,
          relation: p.relation,
          quotes: p.aims.map((a) => a.text),
        };
        return [[country.ccn3, value] as const];
      });
      this.emitFile({
        type: 'asset',
        fileName: 'peer-quotes.json',
        source: JSON.stringify(Object.fromEntries(entries)),
      });
    },
  };
}
