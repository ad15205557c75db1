import { useCallback, useEffect, useRef, useState } from 'react';
import { loadCatalogPart, loadDatasetModule } from '../../components/catalog-parts.ts';
import { word } from '../../i18n/i18n.ts';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { buildDataset } from '../../model/spreadsheet/build-dataset.ts';
import type { CountryIndex } from '../../model/spreadsheet/country-index.ts';
import type { SheetMessage } from '../../model/spreadsheet/sheet-message.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { PendingSheet } from '../../store/sheet-import-slice.ts';
import { countryName, selectableIds } from '../../world/world.ts';
import { HomeChooser } from './home-chooser.tsx';
import { loadCountryIndex } from './load-country-index.ts';
import { SeparatorSelect } from './separator-select.tsx';
import { useSheetChoices } from './sheet-choices.ts';
import { SheetErrors } from './sheet-errors.tsx';
import './sheet-import.css';
import { SheetProblems } from './sheet-problems.tsx';
import { SheetRowsTable } from './sheet-rows-table.tsx';
import { datasetWords } from './sheet-words.ts';

/** «КНР (Китайская Народная Республика)» → «КНР»: the ISO list's Russian names carry their long form. */
const shortName = (name: string | undefined) => name?.replace(/\s*\(.*\)$/, '');

const today = () => new Date().toISOString().slice(0, 10);

// This chunk's words come with it.
await loadCatalogPart('import');

/**
 * The spreadsheet preview (loaded only when a sheet arrives): every row and how its country was
 * matched, one-click fixes, the home country, then "Use this map". Cancel, Escape or closing
 * leaves the map exactly as it was: nothing reaches the store before the confirm.
 */
export default function SheetImport() {
  const sheet = useAppStore((s) => s.pendingSheet);
  return sheet ? <SheetImportDialog key={sheet.text} sheet={sheet} /> : null;
}

function SheetImportDialog({ sheet }: { sheet: PendingSheet }) {
  const t = useT();
  const locale = useLocale();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [index, setIndex] = useState<CountryIndex | null>(null);
  const [buildErrors, setBuildErrors] = useState<SheetMessage[]>([]);
  const choices = useSheetChoices(sheet.text, index);
  const { preview, pending, homeRow } = choices;
  const close = useAppStore((s) => s.closeSheet);
  const title = sheet.name === '' ? t('import.pasted') : sheet.name;
  const nameOf = useCallback(
    // English: the map's own short names ("China", not the ISO list's "People's Republic of China").
    (id: string) =>
      (locale === 'en' ? undefined : shortName(index?.display[locale].get(id))) ?? countryName(id),
    [index, locale],
  );

  useEffect(() => {
    dialogRef.current?.showModal();
    let live = true;
    void loadCountryIndex().then((loaded) => live && setIndex(loaded));
    return () => {
      live = false;
    };
  }, []);

  // Closing fires `close` (Escape does too), which clears the sheet; said twice for a dialog that does not.
  const finish = () => {
    dialogRef.current?.close();
    close();
  };
  // A chosen row's buttons go away with it: focus moves on to the next choice, the home country or "Use".
  const left = useRef(pending.length);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (pending.length < left.current && dialog && !dialog.contains(document.activeElement)) {
      dialog
        .querySelector<HTMLElement>('.sheet-import__choices button, select[data-home], button:enabled')
        ?.focus();
    }
    left.current = pending.length;
  }, [pending.length]);
  const homeId = homeRow ? choices.ids.get(homeRow.row) : choices.homeChoice || undefined;
  const ready =
    preview !== null && preview.errors.length === 0 && pending.length === 0 && homeId !== undefined;
  const confirm = async () => {
    if (!preview) return;
    const built = buildDataset({
      rows: preview.rows,
      ids: choices.ids,
      homeId,
      relationHeader: preview.headers.relation,
      asOf: today(),
      words: datasetWords(t, title.replace(/\.(csv|tsv|txt)$/i, '')),
    });
    if (!built.ok) return setBuildErrors(built.errors);
    // The same checks as a loaded file, from the same lazily loaded validator.
    const { loadDatasetText } = await loadDatasetModule();
    const checked = loadDatasetText(JSON.stringify(built.dataset), selectableIds);
    if (!checked.ok)
      return setBuildErrors(
        checked.errors.map((error) => ({ id: 'import.error.invalid', values: { error: word(error) } })),
      );
    if (!(await useAppStore.getState().askBeforeReplacing())) return;
    useAppStore.getState().showDataset(checked.dataset);
    finish();
  };

  return (
    <dialog ref={dialogRef} className="sheet-import" aria-labelledby="sheet-import-title" onClose={close}>
      <h2 id="sheet-import-title" dir="auto">
        {t('import.title', { name: title })}
      </h2>
      <p>{t('import.intro')}</p>
      {preview === null ? (
        <p role="status">{t('import.loading')}</p>
      ) : (
        <>
          <SeparatorSelect value={preview.delimiter} onChange={choices.setDelimiter} />
          <SheetErrors errors={[...preview.errors, ...buildErrors]} />
          <SheetProblems preview={preview} pending={pending} nameOf={nameOf} choose={choices.choose} />
          <HomeChooser
            homeRow={homeRow}
            homeId={homeId}
            value={choices.homeChoice}
            onChange={choices.setHomeChoice}
            nameOf={nameOf}
          />
          <SheetRowsTable rows={preview.rows} state={choices.state} nameOf={nameOf} />
        </>
      )}
      <div className="sheet-import__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!ready}
          onClick={() => void confirm()}
        >
          {t('import.confirm')}
        </button>
        <button type="button" className="button" onClick={finish}>
          {t('import.cancel')}
        </button>
      </div>
    </dialog>
  );
}
