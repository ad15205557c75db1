import { useEffect, useMemo, useState } from 'react';
import capitals from '../../../data/capitals.json';
import { loadDatasetModule } from '../../components/catalog-parts.ts';
import { type SaveResult, saveDraft } from '../../components/draft-storage.ts';
import type { Message } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import type { ArticleDraft } from '../../model/article-draft/draft-schema.ts';
import { draftToDataset } from '../../model/article-draft/draft-to-dataset.ts';
import { useAppStore } from '../../store/app-store.ts';
import { builtInDataset } from '../../store/dataset-slice.ts';
import { selectableIds } from '../../world/world.ts';
import { draftWords } from './draft-words.ts';

/** What the map makes of the draft: shown, waiting for a first passage, or refused (with the first reason). */
export type MapState = { kind: 'shown' } | { kind: 'waiting' } | { kind: 'invalid'; error: Message };

/**
 * On every change: saves the draft in the browser, then shows it on the map and in the panel,
 * checked like a loaded file (the same validator; a draft that fails it leaves the map as it was).
 */
export function useDraftSync(draft: ArticleDraft | null): { saved: SaveResult | null; map: MapState } {
  const t = useT();
  // useT gives a new function on a language switch: the map's default words follow it.
  const words = useMemo(() => draftWords(t), [t]);
  const [saved, setSaved] = useState<SaveResult | null>(null);
  const [map, setMap] = useState<MapState>({ kind: 'waiting' });
  useEffect(() => {
    if (!draft) return;
    setSaved(saveDraft(draft));
    const dataset = draftToDataset(draft, words, [builtInDataset], capitals);
    if (dataset.partners.length === 0) return setMap({ kind: 'waiting' });
    let live = true;
    // The validator's chunk, shared with loading a file: not part of the editor's own.
    void loadDatasetModule().then(({ loadDatasetText }) => {
      if (!live) return;
      const checked = loadDatasetText(JSON.stringify(dataset), selectableIds);
      if (!checked.ok)
        return setMap({ kind: 'invalid', error: checked.errors[0] ?? { id: 'editor.mapWaiting' } });
      useAppStore.getState().updateDataset(checked.dataset);
      setMap({ kind: 'shown' });
    });
    return () => {
      live = false;
    };
  }, [draft, words]);
  return { saved, map };
}

/** The words for a save that failed, or null when it did not. */
export function saveProblem(saved: SaveResult | null): Message | null {
  if (!saved || saved.ok) return null;
  return {
    id: saved.reason === 'quota' ? 'draft.saveFailed.quota' : 'draft.saveFailed.refused',
    values: { detail: saved.detail },
  };
}
