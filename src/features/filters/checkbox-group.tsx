import { memo } from 'react';
import { DatasetText } from '../../components/dataset-text.tsx';
import type { FilterKind } from '../../model/filters.ts';
import { useAppStore } from '../../store/app-store.ts';

type Props = {
  kind: FilterKind;
  legend: string;
  /**
   * `hint` is shown beside the label, smaller ("grouping used by this map"); `lang` is the label's
   * language where it is the dataset's English fallback.
   */
  options: readonly { id: string; label: string; lang?: string; title?: string; hint?: string }[];
};

/**
 * One filter kind as a group of checkboxes: any checked value matches (OR within a kind).
 * Memoised: toggling another kind re-renders none of these inputs.
 */
export const CheckboxGroup = memo(function CheckboxGroup({ kind, legend, options }: Props) {
  const chosen = useAppStore((s) => s.filters[kind]);
  const toggle = useAppStore((s) => s.toggleFilter);
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <ul className="filter-group__options">
        {options.map((o) => (
          <li key={o.id}>
            <label title={o.title}>
              <input type="checkbox" checked={chosen.includes(o.id)} onChange={() => toggle(kind, o.id)} />
              {/* One run of text, so a long hint (ru, kk) wraps under the name, not beside it. */}
              <span>
                {o.lang ? <DatasetText text={o.label} lang={o.lang} /> : <span dir="auto">{o.label}</span>}
                {o.hint && <span className="filter-group__hint"> ({o.hint})</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
});
