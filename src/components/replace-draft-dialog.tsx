import { useEffect, useRef } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useAppStore } from '../store/app-store.ts';
import { loadCatalogPart } from './catalog-parts.ts';
import { DRAFT_KEY } from './draft-key.ts';

// The question's words are the editor's (draft.*), split off the first view's catalogs.
await loadCatalogPart('editor');

/** The stored draft's title, read without its checks: only shown, as text. */
function storedTitle(): string {
  try {
    const title = JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? '{}')?.draft?.title;
    return typeof title === 'string' && title.trim() !== '' ? title : '…';
  } catch {
    return '…';
  }
}

/**
 * Asks before another file replaces the map while a draft is stored (not window.confirm: it is
 * worded in the interface's language and styled like the app). Escape and Cancel keep everything.
 */
export default function ReplaceDraftDialog() {
  const t = useT();
  const answer = useAppStore((s) => s.replaceQuestion);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (answer && !ref.current?.open) ref.current?.showModal();
  }, [answer]);
  if (!answer) return null;
  return (
    <dialog
      ref={ref}
      className="replace-draft"
      aria-labelledby="replace-draft-title"
      onClose={() => answer('cancel')}
    >
      <h2 id="replace-draft-title">{t('draft.replace.title')}</h2>
      <p dir="auto">{t('draft.replace.body', { title: storedTitle() })}</p>
      <p className="replace-draft__actions">
        <button type="button" className="button button--primary" onClick={() => answer('keep')}>
          {t('draft.replace.keep')}
        </button>
        <button type="button" className="button" onClick={() => answer('discard')}>
          {t('draft.replace.discard')}
        </button>
        <button type="button" className="button" onClick={() => answer('cancel')}>
          {t('draft.replace.cancel')}
        </button>
      </p>
    </dialog>
  );
}
