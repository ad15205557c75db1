import { useMemo, useState } from 'react';
import type { CountryIndex } from '../../model/spreadsheet/country-index.ts';
import type { Delimiter } from '../../model/spreadsheet/parse-sheet.ts';
import { matchedIds, previewSheet, type SheetPreview } from '../../model/spreadsheet/preview-sheet.ts';
import { selectableIds } from '../../world/world.ts';

/** A row's outcome in the preview: its country, or left out, or still waiting for the user. */
export type RowState = { id: string; how: string } | { id: null; how: 'skipped' | 'pending' };

/**
 * The preview's state: the sheet read with the chosen separator, the user's choices per row (a
 * country, or `null` to leave the row out) and the home country. Nothing here touches the map.
 */
export function useSheetChoices(text: string, index: CountryIndex | null) {
  const [delimiter, setDelimiter] = useState<Delimiter | undefined>();
  const [choices, setChoices] = useState<ReadonlyMap<number, string | null>>(new Map());
  const [homeChoice, setHomeChoice] = useState('');
  const preview: SheetPreview | null = useMemo(
    () => (index ? previewSheet(text, index, selectableIds, delimiter) : null),
    [text, index, delimiter],
  );
  const ids = useMemo(() => {
    const all = preview ? matchedIds(preview) : new Map<number, string>();
    for (const [row, id] of choices) if (id !== null) all.set(row, id);
    return all;
  }, [preview, choices]);
  const state = (row: number): RowState => {
    const match = preview?.matches.get(row);
    if (match?.kind === 'matched') return { id: match.id, how: match.how };
    const choice = choices.get(row);
    if (choice === undefined) return { id: null, how: 'pending' };
    return choice === null ? { id: null, how: 'skipped' } : { id: choice, how: 'chosen' };
  };
  const pending = (preview?.rows ?? []).filter((r) => state(r.row).how === 'pending');
  const homeRow = preview?.rows.find((r) => r.relation === 'home' && ids.has(r.row));
  return {
    preview,
    ids,
    state,
    pending,
    homeRow,
    homeChoice,
    setHomeChoice,
    choose: (row: number, id: string | null) => setChoices((old) => new Map(old).set(row, id)),
    setDelimiter: (d: Delimiter) => {
      setDelimiter(d);
      setChoices(new Map());
    },
  };
}
