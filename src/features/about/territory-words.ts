import type { MessageId } from '../../i18n/i18n.ts';

/**
 * Each disputed territory's name and reason (src/geo/territories.ts, in English) as catalog ids,
 * by its English name, so the About dialog words them in the interface's language.
 */
export const TERRITORY_WORDS: Readonly<Record<string, { name: MessageId; reason: MessageId }>> = {
  Taiwan: { name: 'about.territoryTaiwan', reason: 'about.territoryTaiwanReason' },
  'Western Sahara': { name: 'about.territoryWesternSahara', reason: 'about.territoryWesternSaharaReason' },
  Palestine: { name: 'about.territoryPalestine', reason: 'about.territoryPalestineReason' },
  Kosovo: { name: 'about.territoryKosovo', reason: 'about.territoryKosovoReason' },
  Crimea: { name: 'about.territoryCrimea', reason: 'about.territoryCrimeaReason' },
  'Northern Cyprus': { name: 'about.territoryNorthernCyprus', reason: 'about.territoryNorthernCyprusReason' },
  Somaliland: { name: 'about.territorySomaliland', reason: 'about.territorySomalilandReason' },
};
