import { useMemo } from 'react';
import { matchingCountries } from '../model/filters.ts';
import { worldIndex } from '../world/world.ts';
import { useAppStore } from './app-store.ts';

/** The membership date in force: the article's `asOf`, or today when that view is on. */
export function useMembershipDate(): string {
  const asOf = useAppStore((s) => s.dataset.asOf);
  const view = useAppStore((s) => s.membershipView);
  const today = useAppStore((s) => s.today);
  return view === 'today' ? today : asOf;
}

/** Countries passing the filters (the home country left out), or `null` when no filter is active. */
export function useMatchingCountries(): ReadonlySet<string> | null {
  const dataset = useAppStore((s) => s.dataset);
  const filters = useAppStore((s) => s.filters);
  const date = useMembershipDate();
  return useMemo(
    () => matchingCountries(dataset, filters, { ...worldIndex, date }),
    [dataset, filters, date],
  );
}
