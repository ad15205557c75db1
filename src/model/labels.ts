import type { MapMention, MapRelation } from './country-status.ts';
import type { Dataset, Partner } from './schema.ts';
import { isolate } from './text-direction.ts';

/** Words for each relation, used by the legend, tooltips, the panel and accessible names. */
export const relationLabels: Record<MapRelation, string> = {
  home: 'Home country',
  alliance: 'Alliance',
  'strategic-partnership': 'Strategic partnership',
  cooperation: 'Cooperation',
  none: 'Not covered by the article',
};

export const mentionLabels: Record<MapMention, string> = {
  home: 'Home country',
  named: 'Named in the article',
  group: 'Covered as a member of a group',
  region: 'Covered by a regional phrase',
  none: 'Not covered',
};

/** "Named in the article", "As a member of <the group>", "Through the article's mention of …". */
export function coverageSentence(dataset: Dataset, partner: Partner): string {
  if (partner.mention === 'named') return 'Named in the article';
  const scopes = partner.mention === 'group' ? dataset.groups : dataset.regions;
  const scope = scopes.find((s) => s.id === partner.via);
  // The dataset's words isolated (FSI … PDI): an Arabic group name keeps its order in the sentence.
  if (partner.mention === 'group') return `As a member of the ${isolate(scope?.name ?? partner.via ?? '')}`;
  return `Through the article's mention of “${isolate(scope?.phrase ?? partner.via ?? '')}”`;
}

/** Relation in running text, for accessible names and tooltips ("Russia, alliance"). */
export const relationPhrases: Record<MapRelation, string> = {
  home: 'home country',
  alliance: 'alliance',
  'strategic-partnership': 'strategic partnership',
  cooperation: 'cooperation',
  none: 'not covered by the article',
};
