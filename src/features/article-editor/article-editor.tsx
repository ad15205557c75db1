import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import { loadCatalogPart } from '../../components/catalog-parts.ts';
import { discardDraft } from '../../components/draft-key.ts';
import { readDraft, setDraftAside } from '../../components/draft-storage.ts';
import { handFocus, PAGE_HEADING } from '../../components/hand-focus.ts';
import { EDITOR_BESIDE, useMediaQuery } from '../../components/use-media-query.ts';
import { word } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import type { ArticleDraft } from '../../model/article-draft/draft-schema.ts';
import { type History, record, redo, startHistory, undo } from '../../model/article-draft/history.ts';
import { useAppStore } from '../../store/app-store.ts';
import './article-editor.css';
import { DraftEditor } from './draft-editor.tsx';
import { StartForm } from './start-form.tsx';
import { saveProblem, useDraftSync } from './use-draft-sync.ts';

// The editor's words are a catalog part of their own: here before the editor first renders.
await loadCatalogPart('editor');

/** The header button that opens the editor: focus goes back to it when the editor closes. */
export const EDITOR_OPENER = '[data-editor-open]';

/** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, except where a text field keeps its own undo. */
function historyKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  const target = event.target as HTMLElement;
  const ownUndo =
    (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) &&
    target.getAttribute('aria-readonly') !== 'true';
  if (ownUndo || !(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  return key === 'y' ? 'redo' : null;
}

/**
 * The article editor (loaded only when opened): paste an article, choose its home country, attach
 * passages to countries. A panel beside the map, not a modal: the map and the country panel show
 * the draft as it grows. The draft is saved in the browser on every change.
 */
export default function ArticleEditor() {
  const t = useT();
  const close = useAppStore((s) => s.closeEditor);
  const beside = useMediaQuery(EDITOR_BESIDE);
  const [stored] = useState(readDraft);
  // Set aside once the editor is on screen saying why, not while rendering.
  useEffect(() => {
    if (stored.kind === 'broken') setDraftAside(stored);
  }, [stored]);
  const [history, setHistory] = useState<History<ArticleDraft> | null>(() =>
    stored.kind === 'ok' ? startHistory(stored.draft) : null,
  );
  const { saved, map } = useDraftSync(history?.present ?? null);
  const change = useCallback(
    (next: ArticleDraft) => setHistory((h) => (h ? record(h, next) : startHistory(next))),
    [],
  );
  const problem = saveProblem(saved);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  // Where focus goes once a change is on screen: the button used may now be disabled or gone.
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAfter.current) return;
    handFocus(focusAfter.current, '#article-editor-title');
    focusAfter.current = null;
  });
  const step = (which: 'undo' | 'redo') => {
    if (!history) return;
    const next = which === 'undo' ? undo(history) : redo(history);
    const spent = which === 'undo' ? next.past.length === 0 : next.future.length === 0;
    if (spent) focusAfter.current = `[data-history="${which === 'undo' ? 'redo' : 'undo'}"]:not(:disabled)`;
    setHistory(next);
  };
  // Focus moves into the editor when it opens, to its heading (a screen reader announces where it is).
  useEffect(() => {
    handFocus('#article-editor-title');
  }, []);
  const finish = () => {
    handFocus(EDITOR_OPENER, PAGE_HEADING);
    close();
  };
  return (
    <section
      className="article-editor"
      role="dialog"
      // Beside the app on a wide screen; over it (the app inert) on a narrower one.
      aria-modal={!beside}
      aria-labelledby="article-editor-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') return finish();
        const key = historyKey(event);
        if (!key || !history) return;
        event.preventDefault();
        setHistory(key === 'undo' ? undo(history) : redo(history));
      }}
    >
      <header className="article-editor__head">
        <h2 id="article-editor-title">{t('editor.title')}</h2>
        <button type="button" className="button" onClick={finish}>
          {t('editor.close')}
        </button>
      </header>
      {stored.kind === 'broken' && (
        <p role="alert" dir="auto">
          {t('draft.broken', { detail: stored.detail })}
        </p>
      )}
      {problem && (
        <p role="alert" dir="auto">
          {word(problem)}
        </p>
      )}
      {history === null ? (
        <StartForm onStart={change} />
      ) : (
        <>
          <div className="article-editor__tools">
            <button
              type="button"
              className="button"
              data-history="undo"
              disabled={history.past.length === 0}
              onClick={() => step('undo')}
            >
              {t('editor.undo')}
            </button>
            <button
              type="button"
              className="button"
              data-history="redo"
              disabled={history.future.length === 0}
              onClick={() => step('redo')}
            >
              {t('editor.redo')}
            </button>
            <button
              type="button"
              className="button"
              data-discard
              aria-expanded={confirmDiscard}
              onClick={() => {
                focusAfter.current = '[data-discard-keep]';
                setConfirmDiscard(true);
              }}
            >
              {t('editor.discard')}
            </button>
          </div>
          {confirmDiscard && (
            // Discarding cannot be undone (the stored draft is deleted): asked first, keeping as the default.
            <fieldset className="article-editor__confirm" aria-labelledby="article-editor-discard">
              <p id="article-editor-discard" className="article-editor__question">
                {t('editor.discard.question')}
              </p>
              <div className="article-editor__tools">
                <button
                  type="button"
                  className="button"
                  data-discard-keep
                  onClick={() => {
                    focusAfter.current = '[data-discard]';
                    setConfirmDiscard(false);
                  }}
                >
                  {t('editor.discard.keep')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    focusAfter.current = '#article-editor-title';
                    setConfirmDiscard(false);
                    discardDraft();
                    setHistory(null);
                    useAppStore.getState().restoreBuiltIn();
                  }}
                >
                  {t('editor.discard.confirm')}
                </button>
              </div>
            </fieldset>
          )}
          <p className="article-editor__status" role="status">
            {map.kind === 'waiting' && t('editor.mapWaiting')}
            {map.kind === 'invalid' && t('editor.invalid', { error: word(map.error) })}
            {map.kind === 'shown' && saved?.ok && t('draft.saved')}
          </p>
          <DraftEditor draft={history.present} change={change} />
        </>
      )}
    </section>
  );
}
