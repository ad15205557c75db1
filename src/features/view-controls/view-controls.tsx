import { useT } from '../../i18n/use-t.ts';
import { arcsLabel } from '../../model/dataset-words.ts';
import { useAppStore } from '../../store/app-store.ts';

/** Map or Table (the same countries and filters), and the map's names and arcs. */
export function ViewControls() {
  const t = useT();
  const view = useAppStore((s) => s.view);
  const showArcs = useAppStore((s) => s.showArcs);
  const showLabels = useAppStore((s) => s.showLabels);
  // Arcs start at the home country's capital: a dataset that names none has none to offer.
  const arcsMessage = arcsLabel(useAppStore((s) => s.dataset));
  const arcs = arcsMessage && t(arcsMessage.id, arcsMessage.values);
  const { setView, setShowArcs, setShowLabels } = useAppStore.getState();
  return (
    <div className="view-controls">
      {/* biome-ignore lint/a11y/useSemanticElements: a toolbar-style pair of toggle buttons, not a form fieldset */}
      <div role="group" aria-label={t('view.group')} className="segmented">
        <button type="button" aria-pressed={view === 'map'} onClick={() => setView('map')}>
          {t('view.map')}
        </button>
        <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
          {t('view.table')}
        </button>
      </div>
      {view === 'map' && (
        <label className="view-controls__switch">
          <input
            type="checkbox"
            checked={showLabels}
            onChange={(event) => setShowLabels(event.target.checked)}
          />
          {t('view.names')}
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
          <span className="hide-narrow">{arcs}</span>
          <span className="view-controls__short">{t('view.arcs')}</span>
        </label>
      )}
    </div>
  );
}
