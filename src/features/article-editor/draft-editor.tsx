import { useEffect, useId, useRef, useState } from 'react';
import { handFocus } from '../../components/hand-focus.ts';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { attach, detach, type TextRange, trimRange } from '../../model/article-draft/attach.ts';
import type { ArticleDraft } from '../../model/article-draft/draft-schema.ts';
import { addSection, removeSection, renameSection } from '../../model/article-draft/sections.ts';
import { characters } from '../../model/characters.ts';
import { relationLabel } from '../../model/labels.ts';
import type { Relation } from '../../model/schema.ts';
import { AttachmentList } from './attachment-list.tsx';
import { CommitField } from './commit-field.tsx';
import { CountryPicker } from './country-picker.tsx';
import { LanguageField } from './language-field.tsx';
import { PassageMarks } from './passage-marks.tsx';
import { TourEditor } from './tour-editor.tsx';

const RELATIONS: readonly Relation[] = ['alliance', 'strategic-partnership', 'cooperation'];

type Props = { draft: ArticleDraft; change: (next: ArticleDraft) => void };

/** The draft: its title, the text to select passages in, its sections, the attach form and the list. */
export function DraftEditor({ draft, change }: Props) {
  const t = useT();
  const locale = useLocale();
  const textId = useId();
  const relationId = useId();
  const [range, setRange] = useState<TextRange | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [relation, setRelation] = useState<Relation>('cooperation');
  const area = useRef<HTMLTextAreaElement>(null);
  // The textarea's selection, however it was made (mouse, Shift+arrows, select all): kept when
  // focus moves on to the country search, so the passage stays chosen.
  useEffect(() => {
    const read = () => {
      const el = area.current;
      if (el && document.activeElement === el) setRange({ start: el.selectionStart, end: el.selectionEnd });
    };
    document.addEventListener('selectionchange', read);
    const el = area.current;
    el?.addEventListener('select', read);
    el?.addEventListener('keyup', read);
    el?.addEventListener('mouseup', read);
    return () => {
      document.removeEventListener('selectionchange', read);
      el?.removeEventListener('select', read);
      el?.removeEventListener('keyup', read);
      el?.removeEventListener('mouseup', read);
    };
  }, []);
  const selected = range && trimRange(draft.text, range);
  return (
    <>
      <CommitField
        label={t('editor.titleField.label')}
        value={draft.title}
        onCommit={(title) => change({ ...draft, title })}
      />
      <CommitField
        label={t('editor.author.label')}
        value={draft.author ?? ''}
        onCommit={(author) => change({ ...draft, author })}
      />
      <LanguageField value={draft.language ?? 'en'} onChange={(language) => change({ ...draft, language })} />
      <label htmlFor={textId}>{t('editor.text.label')}</label>
      <div className="article-editor__textbox">
        <textarea
          id={textId}
          className="article-editor__text"
          dir="auto"
          lang={draft.language ?? 'en'}
          // Not `readOnly`: Chromium gives a read-only textarea no caret, so Shift+arrows could not
          // select. Edits are refused instead (the quotes' offsets depend on the text staying as it is).
          aria-readonly="true"
          rows={12}
          ref={area}
          value={draft.text}
          onChange={() => {}}
          onBeforeInput={(e) => e.preventDefault()}
          onPaste={(e) => e.preventDefault()}
          onCut={(e) => e.preventDefault()}
          onDrop={(e) => e.preventDefault()}
        />
        {/* After the textarea: its layout effect needs the textarea's ref, attached in tree order. */}
        <PassageMarks area={area} text={draft.text} attachments={draft.attachments} />
      </div>
      <p className="article-editor__selection" aria-live="polite">
        {selected
          ? t('editor.selection.chosen', {
              count: characters(draft.text.slice(selected.start, selected.end)),
            })
          : t('editor.selection.none')}
      </p>
      <CountryPicker chosen={chosen} onChange={setChosen} />
      <p className="article-editor__field">
        <label htmlFor={relationId}>{t('editor.relation.label')}</label>
        <select
          id={relationId}
          value={relation}
          onChange={(e) => setRelation(e.currentTarget.value as Relation)}
        >
          {RELATIONS.map((r) => (
            <option key={r} value={r}>
              {relationLabel(r, t, locale)}
            </option>
          ))}
        </select>
      </p>
      <button
        type="button"
        className="button button--primary"
        disabled={!selected || chosen.length === 0}
        onClick={() => {
          if (!selected) return;
          // The button is disabled once its countries are used: focus back to the text, for the next passage.
          area.current?.focus();
          change(attach(draft, selected, chosen, relation));
          setChosen([]);
        }}
      >
        {t('editor.attach')}
      </button>
      <AttachmentList
        draft={draft}
        onRemove={(id) => {
          // The button goes with its passage: focus to the next passage's, else the list's heading.
          const i = draft.attachments.findIndex((a) => a.id === id);
          const next = draft.attachments[i + 1] ?? draft.attachments[i - 1];
          handFocus(next && `[data-attachment="${next.id}"] [data-remove]`, '#article-editor-attached');
          change(detach(draft, id));
        }}
        onFind={(passage) => {
          const el = area.current;
          if (!el) return;
          // Selected as if by hand: the passage can be attached again to more countries.
          el.focus();
          el.setSelectionRange(passage.start, passage.end);
          setRange(passage);
          el.scrollIntoView?.({ block: 'nearest' });
        }}
      />
      <section aria-labelledby="article-editor-sections">
        <h3 id="article-editor-sections">{t('editor.sections.title')}</h3>
        {draft.sections.map((s, i) => (
          <div key={s.id} className="article-editor__section">
            <CommitField
              label={t('editor.section.label', { number: i + 1 })}
              value={s.title}
              placeholder={t('editor.data.opening')}
              onCommit={(title) => change(renameSection(draft, s.id, title))}
            />
            <button
              type="button"
              className="button"
              disabled={draft.sections.length < 2}
              onClick={() => {
                // The button goes with its section: focus to the list's heading first.
                handFocus('#article-editor-sections');
                change(removeSection(draft, s.id));
              }}
            >
              {t('editor.section.remove', { number: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          disabled={!selected}
          onClick={() => selected && change(addSection(draft, selected))}
        >
          {t('editor.section.add')}
        </button>
      </section>
      <TourEditor draft={draft} change={change} selected={selected} />
    </>
  );
}
