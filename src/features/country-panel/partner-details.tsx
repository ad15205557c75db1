import { useLocale, useT } from '../../i18n/use-t.ts';
import { coverageSentence } from '../../model/labels.ts';
import { localized } from '../../model/localized.ts';
import type { Dataset, Partner } from '../../model/schema.ts';
import { countryName } from '../../world/world.ts';
import { BodiesInQuotes, PartnerNotes } from './partner-notes.tsx';
import { QuoteList } from './quote-list.tsx';

/** Coverage, vectors, sectors and the stated aims of one partner; chips keyed by place (see QuoteList). */
export function PartnerDetails({ dataset, partner }: { dataset: Dataset; partner: Partner }) {
  const t = useT();
  const locale = useLocale();
  // The vector's source: the article's own term, or this map's grouping (only "Asian vector" is the article's).
  const originLabel = (origin: string | undefined) =>
    origin === 'map' || origin === 'article' ? t('panel.vectorOrigin', { origin }) : undefined;
  const vectors = dataset.vectors.filter((v) => partner.vectors.includes(v.id));
  const sectors = dataset.sectors.filter((s) => partner.sectors.includes(s.id));
  const scope = [...dataset.groups, ...dataset.regions].find((s) => s.id === partner.via);
  const articleName =
    partner.articleName && partner.articleName !== countryName(partner.id) ? partner.articleName : undefined;
  return (
    <>
      <p className="panel__coverage" data-mention={partner.mention}>
        {coverageSentence(dataset, partner, t, locale)}
        {articleName && t('panel.articleName', { name: articleName })}
      </p>
      {scope && partner.mention !== 'named' && (
        <p className="panel__rule">
          <span className="muted">{t('panel.rule', { phrase: localized(scope.phrase, locale) })} </span>
          {scope.rule}
        </p>
      )}
      <dl className="facts">
        <dt>{t('panel.vectors', { count: vectors.length })}</dt>
        <dd>
          <ul className="chips">
            {vectors.map((v, place) => (
              <li
                key={place}
                className="chip chip--vector"
                title={localized(v.description, locale)}
                dir="auto"
              >
                {localized(v.name, locale)}
                {originLabel(v.origin) && <span className="chip__origin"> ({originLabel(v.origin)})</span>}
              </li>
            ))}
          </ul>
          {vectors.map((v) =>
            v.rule ? (
              <p key={v.id} className="panel__vector-rule muted">
                {localized(v.name, locale)}: {v.rule}
              </p>
            ) : null,
          )}
        </dd>
        {sectors.length > 0 && (
          <>
            <dt>{t('panel.sectors')}</dt>
            <dd>
              <ul className="chips">
                {sectors.map((s, place) => (
                  <li key={place} className="chip" dir="auto">
                    {localized(s.name, locale)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="panel-aims">
        <h3 id="panel-aims">{t('panel.aims')}</h3>
        <QuoteList quotes={partner.aims} dataset={dataset} />
        <BodiesInQuotes dataset={dataset} partner={partner} />
      </section>
      <PartnerNotes dataset={dataset} partner={partner} />
    </>
  );
}
