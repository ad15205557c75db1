import { useEffect, useMemo, useRef } from 'react';
import capitals from '../../../data/capitals.json';
import { type FocusTarget, handFocus } from '../../components/hand-focus.ts';
import { useT } from '../../i18n/use-t.ts';
import type { TextRange } from '../../model/article-draft/attach.ts';
import type { ArticleDraft } from '../../model/article-draft/draft-schema.ts';
import { draftToDataset } from '../../model/article-draft/draft-to-dataset.ts';
import {
  addSlide,
  dropTour,
  editTour,
  moveSlide,
  removeSlide,
  renameTour,
} from '../../model/article-draft/draft-tour.ts';
import { localized } from '../../model/localized.ts';
import { tourFromSections } from '../../model/tour-from-sections.ts';
import { builtInDataset } from '../../store/dataset-slice.ts';
import { CommitField } from './commit-field.tsx';
import { draftWords } from './draft-words.ts';
import { type SlideAction, TourSlide } from './tour-slide.tsx';

type Props = {
  draft: ArticleDraft;
  change: (next: ArticleDraft) => void;
  /** The passage selected in the text (trimmed), or null. */
  selected: TextRange | null;
};

const ADD_SLIDE = '[data-tour-add]';
const EDIT = '[data-tour-edit]';
const slideField = (id: string | undefined) => id && `[data-slide="${id}"] input`;
// A button disabled by the move (up on the first slide) may keep focus where it was: skipped.
const slideButton = (id: string, action: string) =>
  `[data-slide="${id}"] [data-tour-action="${action}"]:not(:disabled)`;

/**
 * The guided tour Present plays: made from the sections in article order, or edited slide by slide
 * (`draft.tour`), starting from the made one. A new slide from the selected passage goes last.
 */
export function TourEditor({ draft, change, selected }: Props) {
  const t = useT();
  // Where focus goes once the change is on screen: the control that was used may be gone or moved.
  const focusNext = useRef<FocusTarget[] | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    handFocus(...focusNext.current);
    focusNext.current = null;
  });
  const made = useMemo(
    () =>
      draft.tour ? null : tourFromSections(draftToDataset(draft, draftWords(t), [builtInDataset], capitals)),
    [draft, t],
  );
  const changeThen = (next: ArticleDraft, ...focus: FocusTarget[]) => {
    focusNext.current = focus;
    change(next);
  };
  const tour = draft.tour;
  const steps = tour?.steps ?? [];
  const act = (id: string, action: SlideAction) => {
    const i = steps.findIndex((s) => s.id === id);
    if (action.kind === 'move') {
      const [same, other] = action.by < 0 ? ['up', 'down'] : ['down', 'up'];
      return changeThen(moveSlide(draft, id, action.by), slideButton(id, same), slideButton(id, other));
    }
    changeThen(removeSlide(draft, id), slideField(steps[i + 1]?.id), slideField(steps[i - 1]?.id), ADD_SLIDE);
  };
  return (
    <section className="tour-editor" aria-labelledby="article-editor-tour">
      <h3 id="article-editor-tour">{t('editor.tour.title')}</h3>
      {!tour ? (
        <>
          <p>{t('editor.tour.made', { count: made?.steps.length ?? 0 })}</p>
          <button
            type="button"
            className="button"
            data-tour-edit
            onClick={() =>
              made &&
              // The made tour's title is a stand-in in English; the teacher's copy is named in their language.
              changeThen(
                editTour(draft, { ...made, title: t('editor.tour.defaultTitle') }),
                '.tour-editor input',
              )
            }
          >
            {t('editor.tour.edit')}
          </button>
        </>
      ) : (
        <>
          <CommitField
            label={t('editor.tour.titleField')}
            value={localized(tour.title, 'en')}
            onCommit={(title) => change(renameTour(draft, title))}
          />
          <ol className="tour-editor__slides">
            {steps.map((step, i) => (
              <TourSlide
                key={step.id}
                draft={draft}
                change={change}
                step={step}
                number={i + 1}
                count={steps.length}
                selected={selected}
                onAction={(action) => act(step.id, action)}
              />
            ))}
          </ol>
          <div className="article-editor__tools">
            <button
              type="button"
              className="button"
              data-tour-add
              disabled={!selected}
              onClick={() => {
                if (!selected) return;
                const next = addSlide(draft, selected, t('editor.data.opening'));
                changeThen(next, slideField(next.tour?.steps.at(-1)?.id));
              }}
            >
              {t('editor.tour.addSlide')}
            </button>
            <button type="button" className="button" onClick={() => changeThen(dropTour(draft), EDIT)}>
              {t('editor.tour.remake')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
