import { handFocus, PAGE_HEADING } from '../../components/hand-focus.ts';
import { useMapHandle } from '../../components/map-handle.ts';
import { useT } from '../../i18n/use-t.ts';
import { isFiltering } from '../../model/filters.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useMatchingCountries } from '../../store/use-matching.ts';

/**
 * How many countries the filters leave, as a live region, and "Clear filters". Over the map it
 * floats in a corner (`floating`): showing it never changes the map's size, which would redraw
 * every country on each filter change.
 */
export function FilterStatus({ floating = false }: { floating?: boolean }) {
  const t = useT();
  const filters = useAppStore((s) => s.filters);
  const map = useMapHandle();
  const clear = useAppStore((s) => s.clearFilters);
  const matching = useMatchingCountries();
  const filtering = isFiltering(filters);
  const classes = ['filter-status', floating && 'filter-status--floating', filtering && 'filter-status--on'];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <p className="filters__count" role="status">
        {matching ? t('filters.matching', { count: matching.size }) : ''}
      </p>
      {filtering && (
        <button
          type="button"
          className="button"
          onClick={() => {
            // The button goes with the filters: focus goes to where filters are set (the Filters
            // toggle), else the map, before it can fall to <body>.
            handFocus('.filters__details > summary', map.current?.tabStop(), PAGE_HEADING);
            clear();
          }}
        >
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
