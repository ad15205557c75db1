import { DatasetText } from '../../components/dataset-text.tsx';
import { RichMessage } from '../../components/rich-message.tsx';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { articleLanguage } from '../../model/dataset-words.ts';
import { coverageParts } from '../../model/labels.ts';
import { localized, localizedText } from '../../model/localized.ts';
import type { Dataset, Partner } from '../../model/schema.ts';
import { isolate } from '../../model/text-direction.ts';
import { countryName } from '../../world/world.ts';
import { BodiesInQuotes, PartnerNotes } from './partner-notes.tsx';
import { QuoteList } from './quote-list.tsx';

/** How the article covers the partner, the dataset's words in it marked with their language. */
function CoverageSentence({ dataset, partner }: { dataset: Dataset; partner: Partner }) {
  const { id, name, words } = coverageParts(dataset, partner, useLocale());
  if (!name || !words) return <RichMessage id={id} values={{}} />;
  // Still isolated (FSI … PDI) inside: an Arabic group name keeps its order in the sentence.
  return (
    <RichMessage id={id} values={{ [name]: <DatasetText text={isolate(words.text)} lang={words.lang} /> }} />
  );
}

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
        <CoverageSentence dataset={dataset} partner={partner} />
        {articleName && (
          <RichMessage
            id="panel.articleName"
            values={{ name: <DatasetText text={articleName} lang={articleLanguage(dataset)} /> }}
          />
        )}
      </p>
      {scope && partner.mention !== 'named' && (
        <p className="panel__rule">
          <span className="muted">
            <RichMessage
              id="panel.rule"
              values={{ phrase: <DatasetText {...localizedText(scope.phrase, locale)} /> }}
            />{' '}
          </span>
          <DatasetText {...localizedText(scope.rule, locale)} />
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
                <DatasetText {...localizedText(v.name, locale)} inherit />
                {originLabel(v.origin) && <span className="chip__origin"> ({originLabel(v.origin)})</span>}
              </li>
            ))}
          </ul>
          {vectors.map((v) =>
            v.rule ? (
              <p key={v.id} className="panel__vector-rule muted">
                <DatasetText {...localizedText(v.name, locale)} />:{' '}
                <DatasetText {...localizedText(v.rule, locale)} />
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
                    <DatasetText {...localizedText(s.name, locale)} inherit />
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
