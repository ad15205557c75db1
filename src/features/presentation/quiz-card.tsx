import { i18n, t } from '../../i18n/i18n.ts';
import { isLocale } from '../../i18n/locales.ts';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { relationLabel } from '../../model/labels.ts';
import { answerByRelation } from '../../model/quiz-steps.ts';
import type { Dataset } from '../../model/schema.ts';
import { countryName } from '../../world/world.ts';

const list = new Intl.ListFormat('en', { type: 'conjunction' });
const names = (ids: readonly string[]) => list.format(ids.map(countryName));

/** The quiz's question about the slide's countries, in the dataset's words for its home country. */
export function questionText(dataset: Dataset, count: number): string {
  const home = countryName(dataset.home.id);
  return count === 1
    ? `How does the article describe ${home}'s relation with this country?`
    : `How does the article describe ${home}'s relation with these countries?`;
}

/**
 * What a screen reader hears after the slide's title: the question and the countries' names, or the
 * answer, relation by relation, then the slide's quotes.
 */
export function quizAnnouncement(
  dataset: Dataset,
  ids: readonly string[],
  asking: boolean,
  quotes: readonly string[],
): string {
  if (asking) return `${questionText(dataset, ids.length)} ${names(ids)}.`;
  const groups = answerByRelation(ids, dataset).map(
    (g) =>
      `${relationLabel(g.relation, t, isLocale(i18n.locale) ? i18n.locale : 'en', dataset)}: ${names(g.ids)}`,
  );
  return `Answer: ${groups.join('; ')}. ${quotes.map((q) => `“${q}”`).join(' ')}`;
}

/** The question on screen: the asked countries by name, with the neutral swatch the map paints them in. */
export function QuizQuestion({ dataset, ids }: { dataset: Dataset; ids: readonly string[] }) {
  return (
    <div className="quiz">
      <p className="quiz__question" dir="auto">
        {questionText(dataset, ids.length)}
      </p>
      <ul className="quiz__countries" aria-label="The slide's countries">
        {ids.map((id) => (
          <li key={id} className="quiz__country">
            <span className="swatch swatch--quiz" aria-hidden="true" />
            <span dir="auto">{countryName(id)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The answer on screen, above the quotes: each relation with its colour and the countries it holds. */
export function QuizAnswer({ dataset, ids }: { dataset: Dataset; ids: readonly string[] }) {
  const tr = useT();
  const locale = useLocale();
  return (
    <ul className="quiz__answer" aria-label="Answer">
      {answerByRelation(ids, dataset).map(({ relation, ids: members }) => (
        <li key={relation} data-answer={relation}>
          <span className={`swatch swatch--${relation}`} aria-hidden="true" />{' '}
          <strong>{relationLabel(relation, tr, locale, dataset)}:</strong>{' '}
          <span dir="auto">{names(members)}</span>
        </li>
      ))}
    </ul>
  );
}
