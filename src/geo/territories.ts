/**
 * Disputed and partly recognised territories, and how the map draws each. One rule: a place is a
 * selectable country exactly when ISO 3166-1 gives it an alpha-3 code, because codes are how the
 * dataset names countries; a drawn area without a code goes with the UN member state whose
 * sovereignty there the UN General Assembly or Security Council has affirmed, or, where the UN leaves
 * the status to a settlement, is drawn on its own and cannot be selected. Being selectable says
 * nothing about recognition. Coverage comes only from the article: its regional lists take UN member
 * and observer states, so a place that is neither is never covered by a phrase.
 */
export type TerritoryCase = {
  name: string;
  /** ISO 3166-1 alpha-3 code, or undefined when ISO gives none. */
  id?: string;
  /** `country`: its own selectable shape; `merged`: drawn with `into`; `inert`: drawn, not selectable. */
  drawn: 'country' | 'merged' | 'inert';
  into?: string;
  /** Why, and what that means for coverage. */
  reason: string;
  /** The article's words that cover it, quoted in `reason` (in the article's language). */
  articlePhrase?: string;
};

export const TERRITORY_CASES: readonly TerritoryCase[] = [
  {
    name: 'Taiwan',
    id: 'TWN',
    drawn: 'country',
    reason:
      'Has an ISO code, so it is its own shape; not a UN member or observer state, so no regional phrase covers it: "not covered".',
  },
  {
    name: 'Western Sahara',
    id: 'ESH',
    drawn: 'country',
    reason:
      'Has an ISO code, so it is its own shape; a non-self-governing territory on the UN list, not a UN member or observer state: "not covered".',
  },
  {
    name: 'Palestine',
    id: 'PSE',
    drawn: 'country',
    reason:
      'Has an ISO code and is a UN observer state; covered through "the Middle East countries". The 110m atlas draws the West Bank only.',
    articlePhrase: 'the Middle East countries',
  },
  {
    name: 'Kosovo',
    drawn: 'inert',
    reason:
      'No ISO 3166-1 code; Security Council resolution 1244 (1999) leaves its status to a settlement. Drawn on its own, not selectable; the article does not cover it.',
  },
  {
    name: 'Crimea',
    drawn: 'merged',
    into: 'UKR',
    reason:
      "No ISO code of its own; General Assembly resolution 68/262 (2014) affirms Ukraine's territorial integrity. Drawn as part of Ukraine (the atlas draws it with Russia).",
  },
  {
    name: 'Northern Cyprus',
    drawn: 'merged',
    into: 'CYP',
    reason:
      'No ISO code; Security Council resolutions 541 (1983) and 550 (1984) call its declaration of independence invalid. Drawn as part of Cyprus.',
  },
  {
    name: 'Somaliland',
    drawn: 'merged',
    into: 'SOM',
    reason:
      "No ISO code; the UN recognises Somalia's territorial integrity and no UN member recognised Somaliland on the article's date. Drawn as part of Somalia.",
  },
];
