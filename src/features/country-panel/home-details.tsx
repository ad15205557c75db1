import type { Dataset } from '../../model/schema.ts';
import { QuoteList } from './quote-list.tsx';

/** The home country's own panel (the dataset's home country): the article's goals, priorities and principles. */
export function HomeDetails({ dataset }: { dataset: Dataset }) {
  const parts = [
    { id: 'goals', title: 'Goals', quotes: dataset.home.goals },
    { id: 'priorities', title: 'Priorities', quotes: dataset.home.priorities },
    { id: 'principles', title: 'Principles', quotes: dataset.home.principles },
  ];
  return (
    <>
      <p className="panel__coverage">
        The home country: “<span dir="auto">{dataset.source.title}</span>” describes its foreign policy
        Concept.
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
