import { type KeyboardEvent, useCallback, useEffect, useState } from 'react';
import { loadCatalogPart } from '../../components/catalog-parts.ts';
import { discardDraft } from '../../components/draft-key.ts';
import { readDraft, setDraftAside } from '../../components/draft-storage.ts';
import { handFocus, PAGE_HEADING } from '../../components/hand-focus.ts';
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
      aria-modal="false"
      aria-labelledby="article-editor-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') return finish();
        const step = historyKey(event);
        if (!step || !history) return;
        event.preventDefault();
        setHistory(step === 'undo' ? undo(history) : redo(history));
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
              disabled={history.past.length === 0}
              onClick={() => setHistory(undo(history))}
            >
              {t('editor.undo')}
            </button>
            <button
              type="button"
              className="button"
              disabled={history.future.length === 0}
              onClick={() => setHistory(redo(history))}
            >
              {t('editor.redo')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                discardDraft();
                setHistory(null);
                useAppStore.getState().restoreBuiltIn();
              }}
            >
              {t('editor.discard')}
            </button>
          </div>
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
