import type { Translate } from '../../i18n/i18n.ts';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { formatDate } from '../../model/format-date.ts';
import { localized } from '../../model/localized.ts';
import { bodiesNamedIn, treatyAllianceOrganisations } from '../../model/partner-notes.ts';
import type { Dataset, Partner } from '../../model/schema.ts';
import { countryName } from '../../world/world.ts';

/** "A, B and C" (or "A, B or C") in the interface's language. */
const list = (t: Translate, names: string[], last: 'and' | 'or' = 'and') =>
  names.length < 2
    ? (names[0] ?? '')
    : t(last === 'and' ? 'panel.listAnd' : 'panel.listOr', {
        head: names.slice(0, -1).join(', '),
        last: names.at(-1) ?? '',
      });

/**
 * For each quoted sentence that names organisations ("within the UN, OIC, CICMA"): which of them the
 * country belonged to on the article's date, so the sentence never suggests a non-member takes part.
 */
export function BodiesInQuotes({ dataset, partner }: { dataset: Dataset; partner: Partner }) {
  const t = useT();
  const name = countryName(partner.id);
  const lines = partner.aims.flatMap((aim) => {
    const bodies = bodiesNamedIn(dataset, aim.text, partner.id, dataset.asOf);
    if (bodies.length === 0) return [];
    const label = (b: (typeof bodies)[number]) =>
      b.member && b.member.status !== 'member'
        ? `${b.term} (${t('panel.status', { status: b.member.status })})`
        : b.term;
    const inside = bodies.filter((b) => b.member).map(label);
    const outside = bodies.filter((b) => !b.member).map((b) => b.term);
    const values = {
      named: list(
        t,
        bodies.map((b) => b.term),
      ),
      start: aim.text.split(' ').slice(0, 5).join(' '),
      date: formatDate(dataset.asOf),
      name,
      inside: list(t, inside),
      outside: list(t, outside, 'or'),
    };
    if (inside.length === 0) return [t('panel.bodiesNone', values)];
    return [t(outside.length > 0 ? 'panel.bodiesSome' : 'panel.bodiesAll', values)];
  });
  return lines.map((line) => (
    <p key={line} className="panel__bodies">
      {line}
    </p>
  ));
}

/** Public facts beside the article's words: treaty allies that are not "alliance", dataset notes. */
export function PartnerNotes({ dataset, partner }: { dataset: Dataset; partner: Partner }) {
  const t = useT();
  const treaties = treatyAllianceOrganisations(dataset, partner);
  const locale = useLocale();
  const notes = [
    ...treaties.map((org) => ({
      text: t('panel.treatyAllies', { org: localized(org.acronym, locale) }),
      source: t('panel.treatySource', {
        name: localized(org.fullName, locale),
        date: formatDate(dataset.asOf, locale),
      }),
    })),
    ...(partner.notes ?? []),
  ];
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="panel-notes" className="panel__notes">
      <h3 id="panel-notes">{t('panel.notes')}</h3>
      <ul>
        {notes.map((n) => (
          <li key={n.text}>
            {n.text} <span className="muted">{t('panel.source', { source: n.source })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
