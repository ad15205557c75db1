import { RichMessage } from '../../components/rich-message.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { Dataset } from '../../model/schema.ts';
import { QuoteList } from './quote-list.tsx';

/** The home country's own panel (the dataset's home country): the article's goals, priorities and principles. */
export function HomeDetails({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const parts = [
    { id: 'goals', title: t('panel.goals'), quotes: dataset.home.goals },
    { id: 'priorities', title: t('panel.priorities'), quotes: dataset.home.priorities },
    { id: 'principles', title: t('panel.principles'), quotes: dataset.home.principles },
  ];
  return (
    <>
      <p className="panel__coverage">
        <RichMessage
          id="panel.homeIntro"
          values={{ title: <span dir="auto">{dataset.source.title}</span> }}
        />
      </p>
      {parts.map((part) => (
        <section key={part.id} aria-labelledby={`home-${part.id}`}>
          <h3 id={`home-${part.id}`}>{part.title}</h3>
          <QuoteList quotes={part.quotes} dataset={dataset} />
        </section>
      ))}
    </>
  );
}
