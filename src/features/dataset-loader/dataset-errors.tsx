import { useShallow } from 'zustand/react/shallow';
import { handFocus, PAGE_HEADING } from '../../components/hand-focus.ts';
import { useMapHandle } from '../../components/map-handle.ts';
import { useAppStore } from '../../store/app-store.ts';
import { LOAD_INPUT } from './dataset-controls.tsx';

/** Every problem with a rejected dataset file, each with its path; the map is left as it was. */
export function DatasetErrors() {
  const errors = useAppStore(useShallow((s) => s.loadErrors));
  const map = useMapHandle();
  const clear = useAppStore((s) => s.setLoadErrors);
  if (errors.length === 0) return null;
  return (
    <div className="dataset-errors" role="alert">
      <p>
        <strong>The dataset was not loaded</strong> ({errors.length}{' '}
        {errors.length === 1 ? 'problem' : 'problems'}
        ). The map is unchanged.
      </p>
      <ul>
        {errors.slice(0, 50).map((error) => (
          <li key={error}>
            <code>{error}</code>
          </li>
        ))}
      </ul>
      {errors.length > 50 && <p>…and {errors.length - 50} more.</p>}
      <button
        type="button"
        className="button"
        onClick={() => {
          // Ready to try another file: "Load dataset", or "More" where a phone tucks it away.
          handFocus(LOAD_INPUT, '.narrow-menu__toggle', PAGE_HEADING, map.current?.tabStop());
          clear([]);
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
