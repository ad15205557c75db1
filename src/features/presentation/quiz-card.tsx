import type { Translate } from '../../i18n/i18n.ts';
import { i18n } from '../../i18n/i18n.ts';
import { isLocale } from '../../i18n/locales.ts';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { relationLabel } from '../../model/labels.ts';
import { answerByRelation } from '../../model/quiz-steps.ts';
import type { Dataset } from '../../model/schema.ts';
import { countryName } from '../../world/world.ts';

/** "Russia, China, and Japan" in the language's words (not Intl.ListFormat: Chromium has no `kk` data). */
function names(t: Translate, ids: readonly string[]): string {
  const all = ids.map(countryName);
  if (all.length < 2) return all[0] ?? '';
  return t('quiz.listAnd', {
    head: all.slice(0, -1).join(', '),
    last: all.at(-1) ?? '',
    size: all.length === 2 ? 'two' : 'more',
  });
}

/** The quiz's question about the slide's countries, in the dataset's words for its home country. */
export function questionText(t: Translate, dataset: Dataset, count: number): string {
  return t('quiz.question', { home: countryName(dataset.home.id), count });
}

/**
 * What a screen reader hears after the slide's title: the question and the countries' names, or the
 * answer, relation by relation, then the slide's quotes.
 */
export function quizAnnouncement(
  t: Translate,
  dataset: Dataset,
  ids: readonly string[],
  asking: boolean,
  quotes: readonly string[],
): string {
  if (asking)
    return t('quiz.askedAloud', { question: questionText(t, dataset, ids.length), names: names(t, ids) });
  // Worded in the active language, as `t` is.
  const locale = isLocale(i18n.locale) ? i18n.locale : 'en';
  const groups = answerByRelation(ids, dataset).map((g) =>
    t('quiz.answerGroup', {
      relation: relationLabel(g.relation, t, locale, dataset),
      names: names(t, g.ids),
    }),
  );
  return t('quiz.answerAloud', {
    groups: groups.join('; '),
    quotes: quotes.map((q) => `“${q}”`).join(' '),
  });
}

/** The question on screen: the asked countries by name, with the neutral swatch the map paints them in. */
export function QuizQuestion({ dataset, ids }: { dataset: Dataset; ids: readonly string[] }) {
  const t = useT();
  return (
    <div className="quiz">
      <p className="quiz__question" dir="auto">
        {questionText(t, dataset, ids.length)}
      </p>
      <ul className="quiz__countries" aria-label={t('quiz.countries')}>
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
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="quiz__answer" aria-label={t('quiz.answer')}>
      {answerByRelation(ids, dataset).map(({ relation, ids: members }) => (
        <li key={relation} data-answer={relation}>
          <span className={`swatch swatch--${relation}`} aria-hidden="true" />{' '}
          <strong>{relationLabel(relation, t, locale, dataset)}:</strong>{' '}
          <span dir="auto">{names(t, members)}</span>
        </li>
      ))}
    </ul>
  );
}
