import { useLocale } from '../../i18n/use-t.ts';
import { formatDate } from '../../model/format-date.ts';
import { localized } from '../../model/localized.ts';
import { bodiesNamedIn, treatyAllianceOrganisations } from '../../model/partner-notes.ts';
import type { Dataset, Partner } from '../../model/schema.ts';
import { countryName } from '../../world/world.ts';

const list = (names: string[], last = 'and') =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${last} ${names.at(-1)}`;

/**
 * For each quoted sentence that names organisations ("within the UN, OIC, CICMA"): which of them the
 * country belonged to on the article's date, so the sentence never suggests a non-member takes part.
 */
export function BodiesInQuotes({ dataset, partner }: { dataset: Dataset; partner: Partner }) {
  const name = countryName(partner.id);
  const lines = partner.aims.flatMap((aim) => {
    const bodies = bodiesNamedIn(dataset, aim.text, partner.id, dataset.asOf);
    if (bodies.length === 0) return [];
    const label = (b: (typeof bodies)[number]) =>
      b.member && b.member.status !== 'member' ? `${b.term} (${b.member.status})` : b.term;
    const inside = bodies.filter((b) => b.member).map(label);
    const outside = bodies.filter((b) => !b.member).map((b) => b.term);
    const named = list(bodies.map((b) => b.term));
    const start = aim.text.split(' ').slice(0, 5).join(' ');
    return [
      `${named} (named in “${start} …”): on ${formatDate(dataset.asOf)}, ${name} belonged to ${
        inside.length > 0 ? list(inside) : 'none of them'
      }${inside.length > 0 && outside.length > 0 ? `, not to ${list(outside, 'or')}` : ''}.`,
    ];
  });
  return lines.map((line) => (
    <p key={line} className="panel__bodies">
      {line}
    </p>
  ));
}

/** Public facts beside the article's words: treaty allies that are not "alliance", dataset notes. */
export function PartnerNotes({ dataset, partner }: { dataset: Dataset; partner: Partner }) {
  const treaties = treatyAllianceOrganisations(dataset, partner);
  const locale = useLocale();
  const notes = [
    ...treaties.map((org) => ({
      text: `Treaty allies through the ${localized(org.acronym, locale)}, which the article names; this map reserves “alliance” for a bilateral alliance treaty the article names.`,
      source: `${localized(org.fullName, locale)}, members on ${formatDate(dataset.asOf, locale)}`,
    })),
    ...(partner.notes ?? []),
  ];
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="panel-notes" className="panel__notes">
      <h3 id="panel-notes">Notes beside the article</h3>
      <ul>
        {notes.map((n) => (
          <li key={n.text}>
            {n.text} <span className="muted">Source: {n.source}.</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
