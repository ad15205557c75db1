import { Fragment, type ReactNode } from 'react';
import { DatasetText } from '../../components/dataset-text.tsx';
import { RichMessage } from '../../components/rich-message.tsx';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { articleLanguage } from '../../model/dataset-words.ts';
import { formatDate } from '../../model/format-date.ts';
import { localizedText } from '../../model/localized.ts';
import { bodiesNamedIn, treatyAllianceOrganisations } from '../../model/partner-notes.ts';
import type { Dataset, Partner } from '../../model/schema.ts';
import { countryName } from '../../world/world.ts';

/** "A, B and C" (or "A, B or C") in the interface's language, around elements. */
function List({ items, last = 'and' }: { items: ReactNode[]; last?: 'and' | 'or' }) {
  if (items.length < 2) return items[0] ?? null;
  const head = items.slice(0, -1).map((item, i) => (
    <Fragment key={i}>
      {i > 0 && ', '}
      {item}
    </Fragment>
  ));
  return (
    <RichMessage
      id={last === 'and' ? 'panel.listAnd' : 'panel.listOr'}
      values={{ head, last: items.at(-1) }}
    />
  );
}

/**
 * For each quoted sentence that names organisations ("within the UN, OIC, CICMA"): which of them the
 * country belonged to on the article's date, so the sentence never suggests a non-member takes part.
 * The organisations' terms and the sentence's first words are the article's, in its language.
 */
export function BodiesInQuotes({ dataset, partner }: { dataset: Dataset; partner: Partner }) {
  const t = useT();
  const locale = useLocale();
  const lang = articleLanguage(dataset);
  const name = countryName(partner.id);
  return partner.aims.flatMap((aim, place) => {
    const bodies = bodiesNamedIn(dataset, aim.text, partner.id, dataset.asOf);
    if (bodies.length === 0) return [];
    const term = (b: (typeof bodies)[number]) => <DatasetText text={b.term} lang={lang} />;
    const label = (b: (typeof bodies)[number]) =>
      b.member && b.member.status !== 'member' ? (
        <>
          {term(b)} ({t('panel.status', { status: b.member.status })})
        </>
      ) : (
        term(b)
      );
    const inside = bodies.filter((b) => b.member).map(label);
    const outside = bodies.filter((b) => !b.member).map(term);
    const values = {
      named: <List items={bodies.map(term)} />,
      start: <DatasetText text={aim.text.split(' ').slice(0, 5).join(' ')} lang={lang} />,
      date: formatDate(dataset.asOf, locale),
      name,
      inside: <List items={inside} />,
      outside: <List items={outside} last="or" />,
    };
    const id =
      inside.length === 0 ? 'panel.bodiesNone' : outside.length > 0 ? 'panel.bodiesSome' : 'panel.bodiesAll';
    return [
      <p key={place} className="panel__bodies">
        <RichMessage id={id} values={values} />
      </p>,
    ];
  });
}

/** Public facts beside the article's words: treaty allies that are not "alliance", dataset notes. */
export function PartnerNotes({ dataset, partner }: { dataset: Dataset; partner: Partner }) {
  const t = useT();
  const treaties = treatyAllianceOrganisations(dataset, partner);
  const locale = useLocale();
  // The dataset's notes are its own words (English unless it says otherwise); the treaty notes are the map's.
  const notes = [
    ...treaties.map((org) => ({
      key: org.id,
      text: (
        <RichMessage
          id="panel.treatyAllies"
          values={{ org: <DatasetText {...localizedText(org.acronym, locale)} /> }}
        />
      ),
      source: (
        <RichMessage
          id="panel.treatySource"
          values={{
            name: <DatasetText {...localizedText(org.fullName, locale)} />,
            date: formatDate(dataset.asOf, locale),
          }}
        />
      ),
    })),
    ...(partner.notes ?? []).map((n) => ({
      key: n.text,
      text: <DatasetText {...localizedText(n.text, locale)} />,
      source: <DatasetText {...localizedText(n.source, locale)} />,
    })),
  ];
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="panel-notes" className="panel__notes">
      <h3 id="panel-notes">{t('panel.notes')}</h3>
      <ul>
        {notes.map((n) => (
          <li key={n.key}>
            {n.text}{' '}
            <span className="muted">
              <RichMessage id="panel.source" values={{ source: n.source }} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
