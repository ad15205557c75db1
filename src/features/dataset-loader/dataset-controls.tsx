import { useId } from 'react';
import { handFocus, PAGE_HEADING } from '../../components/hand-focus.ts';
import { useMapHandle } from '../../components/map-handle.ts';
import { useT } from '../../i18n/use-t.ts';
import { datasetShortName } from '../../model/dataset-words.ts';
import { useAppStore } from '../../store/app-store.ts';
import { builtInDataset } from '../../store/dataset-slice.ts';
import { countryName } from '../../world/world.ts';
import { OfflineFileButton } from './offline-file-button.tsx';
import { loadDatasetFile } from './read-dataset-file.ts';

/** The file input behind "Load dataset" (its label shows the focus ring). */
export const LOAD_INPUT = '.dataset-controls input[type="file"]';

/** Load your own dataset (JSON, or a spreadsheet: CSV, TSV), download the current one, or go back to the built-in article. */
export function DatasetControls() {
  const inputId = useId();
  const isBuiltIn = useAppStore((s) => s.isBuiltIn);
  const map = useMapHandle();
  const dataset = useAppStore((s) => s.dataset);
  const locale = useAppStore((s) => s.locale);
  const restore = useAppStore((s) => s.restoreBuiltIn);
  const openEditor = useAppStore((s) => s.openEditor);
  const t = useT();
  return (
    <div className="dataset-controls">
      <label htmlFor={inputId} className="button">
        {t('loader.load')}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept="application/json,.json,.csv,.tsv,.txt,text/csv,text/tab-separated-values"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void loadDatasetFile(file);
        }}
      />
      <button
        type="button"
        className="button"
        onClick={() =>
          void import('./dataset-downloads.ts').then((m) => m.downloadDataset(dataset, isBuiltIn))
        }
      >
        {t('loader.download')}
      </button>
      <OfflineFileButton />
      <button type="button" className="button" data-editor-open onClick={openEditor}>
        {t('editor.open')}
      </button>
      {!isBuiltIn && (
        <button
          type="button"
          className="button"
          onClick={() => {
            // The button goes with the loaded dataset: focus goes to "Load dataset" beside it.
            handFocus(LOAD_INPUT, PAGE_HEADING, map.current?.tabStop());
            restore();
          }}
        >
          {t('loader.backToBuiltIn', {
            name: datasetShortName(builtInDataset, countryName(builtInDataset.home.id), locale),
          })}
        </button>
      )}
    </div>
  );
}
