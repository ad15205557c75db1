import { useShallow } from 'zustand/react/shallow';
import { handFocus, PAGE_HEADING } from '../../components/hand-focus.ts';
import { useMapHandle } from '../../components/map-handle.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppStore } from '../../store/app-store.ts';
import { LOAD_INPUT } from './dataset-controls.tsx';

/** Every problem with a rejected dataset file, each with its path; the map is left as it was. */
export function DatasetErrors() {
  const errors = useAppStore(useShallow((s) => s.loadErrors));
  const map = useMapHandle();
  const clear = useAppStore((s) => s.setLoadErrors);
  const t = useT();
  if (errors.length === 0) return null;
  return (
    <div className="dataset-errors" role="alert">
      <p>
        <strong>{t('loader.notLoaded')}</strong> {t('loader.problems', { count: errors.length })}
      </p>
      <ul>
        {errors.slice(0, 50).map((error, place) => (
          // Keyed by place: two problems may read the same.
          <li key={place}>
            <code dir="auto">{t(error.id, error.values)}</code>
          </li>
        ))}
      </ul>
      {errors.length > 50 && <p>{t('loader.more', { count: errors.length - 50 })}</p>}
      <button
        type="button"
        className="button"
        onClick={() => {
          // Ready to try another file: "Load dataset", or "More" where a phone tucks it away.
          handFocus(LOAD_INPUT, '.narrow-menu__toggle', PAGE_HEADING, map.current?.tabStop());
          clear([]);
        }}
      >
        {t('loader.dismiss')}
      </button>
    </div>
  );
}
