import type { Relation } from '../../model/schema.ts';
import { relationColours } from '../../styles/palette.ts';

const RELATIONS: Relation[] = ['alliance', 'strategic-partnership', 'cooperation'];

/** Pattern id for a relation colour overlaid with the coverage texture. */
export const patternId = (relation: string, mention: 'group' | 'region') => `cov-${mention}-${relation}`;

/**
 * Coverage as texture, so it survives greyscale: a country covered through a group gets diagonal
 * hatching, one covered only by a regional phrase gets dots; named countries are solid.
 */
export function CoveragePatterns() {
  return (
    <defs>
      {RELATIONS.map((relation) => (
        <g key={relation}>
          <pattern
            id={patternId(relation, 'group')}
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
            data-base-transform="rotate(45)"
          >
            <rect width="4" height="4" fill={relationColours[relation]} />
            <rect width="1.6" height="4" fill="#fff" opacity="0.75" />
          </pattern>
          <pattern id={patternId(relation, 'region')} width="4" height="4" patternUnits="userSpaceOnUse">
            <rect width="4" height="4" fill={relationColours[relation]} />
            <circle cx="2" cy="2" r="1" fill="#fff" opacity="0.85" />
          </pattern>
        </g>
      ))}
    </defs>
  );
}
