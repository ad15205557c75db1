import { arcsLabel } from '../../model/dataset-words.ts';
import { useAppStore } from '../../store/app-store.ts';

/** Map or Table (the same countries and filters), and the map's names and arcs. */
export function ViewControls() {
  const view = useAppStore((s) => s.view);
  const showArcs = useAppStore((s) => s.showArcs);
  const showLabels = useAppStore((s) => s.showLabels);
  // Arcs start at the home country's capital: a dataset that names none has none to offer.
  const arcs = useAppStore((s) => arcsLabel(s.dataset));
  const { setView, setShowArcs, setShowLabels } = useAppStore.getState();
  return (
    <div className="view-controls">
      {/* biome-ignore lint/a11y/useSemanticElements: a toolbar-style pair of toggle buttons, not a form fieldset */}
      <div role="group" aria-label="View" className="segmented">
        <button type="button" aria-pressed={view === 'map'} onClick={() => setView('map')}>
          Map
        </button>
        <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
          Table
        </button>
      </div>
      {view === 'map' && (
        <label className="view-controls__switch">
          <input
            type="checkbox"
            checked={showLabels}
            onChange={(event) => setShowLabels(event.target.checked)}
          />
          Names
        </label>
      )}
      {view === 'map' && arcs && (
        <label className="view-controls__switch">
          <input
            type="checkbox"
            aria-label={arcs}
            checked={showArcs}
            onChange={(event) => setShowArcs(event.target.checked)}
          />
          Arcs<span className="hide-narrow">{arcs.slice('Arcs'.length)}</span>
        </label>
      )}
    </div>
  );
}
