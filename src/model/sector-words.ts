/**
 * The article's words that give each sector tag: a partner carries a tag exactly when one of its
 * quoted sentences uses one of these words. Tags name fields of cooperation the article names, never
 * a reason it gives (a partner valued for shared "cultural values" gets no cultural tag), and
 * "Trade and economic" needs the word "trade": "economic" alone is the "Economic" tag.
 */
export const SECTOR_WORDS: Readonly<Record<string, RegExp>> = {
  comprehensive: /\bcomprehensive\b|\ball spheres\b/i,
  political: /\bpolitic/i,
  'trade-economic': /\btrade\b/i,
  economic: /\beconom(y|ic|ically)\b/i,
  investment: /\binvestment/i,
  energy: /\benergy\b/i,
  technology: /\btechnolog|\btechnical\b/i,
  'transit-transport': /\btransit\b|\btransport\b/i,
  agriculture: /\bagricultur/i,
  water: /\bwater resources\b/i,
  ecology: /\becolog/i,
  'culture-humanitarian': /\bcultural-humanitarian\b|\bhumanitarian cooperation\b/i,
  education: /\beducation\b/i,
  security: /\bsecurity\b|\bthreats\b|\bstability\b/i,
  science: /\bscientific\b/i,
  visa: /\bvisa\b/i,
  'international-organisations': /\binternational organi[sz]ations\b/i,
};

/**
 * The sector ids whose words occur in `text`, in the order of `sectorIds` (the dataset's list).
 * "trade-economic", "trade and economic" and "economic and trade" count as trade only, so the
 * "Economic" tag marks sentences that speak of the economy without naming trade.
 */
export function sectorsInWords(text: string, sectorIds: readonly string[]): string[] {
  const withoutTrade = text.replace(/\btrade(-| and )economic\b|\beconomic and trade\b/gi, 'trade');
  return sectorIds.filter((id) => {
    const words = SECTOR_WORDS[id];
    return words?.test(id === 'economic' ? withoutTrade : text) ?? false;
  });
}
