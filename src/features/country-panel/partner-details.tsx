import { coverageSentence } from '../../model/labels.ts';
import type { Dataset, Partner } from '../../model/schema.ts';
import { QuoteList } from './quote-list.tsx';

/** Coverage, vectors, sectors and the stated aims of one partner; chips keyed by place (see QuoteList). */
export function PartnerDetails({ dataset, partner }: { dataset: Dataset; partner: Partner }) {
  const vectors = dataset.vectors.filter((v) => partner.vectors.includes(v.id));
  const sectors = dataset.sectors.filter((s) => partner.sectors.includes(s.id));
  return (
    <>
      <p className="panel__coverage" data-mention={partner.mention}>
        {coverageSentence(dataset, partner)}
      </p>
      <dl className="facts">
        <dt>{vectors.length > 1 ? 'Policy vectors' : 'Policy vector'}</dt>
        <dd>
          <ul className="chips">
            {vectors.map((v, place) => (
              <li key={place} className="chip chip--vector" title={v.description} dir="auto">
                {v.name}
              </li>
            ))}
          </ul>
        </dd>
        {sectors.length > 0 && (
          <>
            <dt>Sectors</dt>
            <dd>
              <ul className="chips">
                {sectors.map((s, place) => (
                  <li key={place} className="chip" dir="auto">
                    {s.name}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="panel-aims">
        <h3 id="panel-aims">What the article says</h3>
        <QuoteList quotes={partner.aims} dataset={dataset} />
      </section>
    </>
  );
}
