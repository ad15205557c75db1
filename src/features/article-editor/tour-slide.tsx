import { handFocus } from '../../components/hand-focus.ts';
import { useT } from '../../i18n/use-t.ts';
import type { TextRange } from '../../model/article-draft/attach.ts';
import type { ArticleDraft } from '../../model/article-draft/draft-schema.ts';
import {
  addQuote,
  addSlideCountry,
  removeQuote,
  removeSlideCountry,
  renameSlide,
} from '../../model/article-draft/draft-tour.ts';
import { localized } from '../../model/localized.ts';
import type { TourStep } from '../../model/tour-schema.ts';
import { CommitField } from './commit-field.tsx';
import { CountryPicker } from './country-picker.tsx';

/** What a slide's move and remove buttons do: `slide` moved by one, or removed. */
export type SlideAction = { kind: 'move'; by: -1 | 1 } | { kind: 'remove' };

const MOVES = [
  { action: 'up', by: -1, edge: 'first' },
  { action: 'down', by: 1, edge: 'last' },
] as const;

type Props = {
  draft: ArticleDraft;
  change: (next: ArticleDraft) => void;
  step: TourStep;
  /** 1-based, as people count: in every button's name, so a screen reader says which slide. */
  number: number;
  count: number;
  selected: TextRange | null;
  onAction: (action: SlideAction) => void;
};

/** One slide of an edited tour: its title, quotes, countries, and buttons to move or remove it. */
export function TourSlide({ draft, change, step, number, count, selected, onAction }: Props) {
  const t = useT();
  const id = step.id;
  return (
    <li className="tour-editor__slide" data-slide={id}>
      <CommitField
        label={t('editor.tour.slide.title', { number })}
        // Editor-made titles are plain text; a localised one is edited in English, its fallback.
        value={localized(step.title, 'en')}
        onCommit={(title) => change(renameSlide(draft, id, title))}
      />
      <ul className="tour-editor__quotes" aria-label={t('editor.tour.slide.quotes', { number })}>
        {step.quotes.map((quote, i) => (
          <li key={quote}>
            <q dir="auto" lang={draft.language ?? 'en'}>
              {quote}
            </q>
            <button
              type="button"
              className="button"
              disabled={step.quotes.length === 1}
              onClick={() => {
                // The button goes with its quote: focus to the slide's title first.
                handFocus(`[data-slide="${id}"] input`);
                change(removeQuote(draft, id, quote));
              }}
            >
              {t('editor.tour.quote.remove', { quote: i + 1, number })}
            </button>
          </li>
        ))}
      </ul>
      <CountryPicker
        chosen={step.countries}
        onChange={(ids) => {
          const added = ids.find((c) => !step.countries.includes(c));
          const removed = step.countries.find((c) => !ids.includes(c));
          if (added) change(addSlideCountry(draft, id, added));
          else if (removed) change(removeSlideCountry(draft, id, removed));
        }}
        words={{
          search: t('editor.tour.country.search', { number }),
          chosen: t('editor.tour.countries', { number }),
          remove: (country) => t('editor.tour.country.remove', { country, number }),
        }}
      />
      <div className="article-editor__tools">
        <button
          type="button"
          className="button"
          disabled={!selected}
          onClick={() => selected && change(addQuote(draft, id, selected))}
        >
          {t('editor.tour.slide.addQuote', { number })}
        </button>
        {MOVES.map(({ action, by, edge }) => (
          <button
            key={action}
            type="button"
            className="button"
            data-tour-action={action}
            disabled={number === (edge === 'first' ? 1 : count)}
            onClick={() => onAction({ kind: 'move', by })}
          >
            {t(action === 'up' ? 'editor.tour.slide.up' : 'editor.tour.slide.down', { number })}
          </button>
        ))}
        <button
          type="button"
          className="button"
          disabled={count === 1}
          onClick={() => onAction({ kind: 'remove' })}
        >
          {t('editor.tour.slide.remove', { number })}
        </button>
      </div>
    </li>
  );
}
