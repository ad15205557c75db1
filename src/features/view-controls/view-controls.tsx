import { useAppStore } from '../../store/app-store.ts';

/** Map or Table (the same countries and filters), and the arcs layer on the map. */
export function ViewControls() {
  const view = useAppStore((s) => s.view);
  const showArcs = useAppStore((s) => s.showArcs);
  // The arcs are projected at build time from Astana: they belong to the built-in article only.
  const arcsAvailable = useAppStore((s) => s.isBuiltIn);
  const { setView, setShowArcs } = useAppStore.getState();
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
      {view === 'map' && arcsAvailable && (
        <label className="view-controls__arcs">
          <input
            type="checkbox"
            aria-label="Arcs from Astana"
            checked={showArcs}
            onChange={(event) => setShowArcs(event.target.checked)}
          />
          Arcs<span className="hide-narrow"> from Astana</span>
        </label>
      )}
    </div>
  );
}
