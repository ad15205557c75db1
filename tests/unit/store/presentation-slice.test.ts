import { describe, expect, it } from 'vitest';
import type { TourStep } from '../../../src/model/tour-schema.ts';
import { useAppStore } from '../../../src/store/app-store.ts';

const steps: TourStep[] = ['a', 'b', 'c'].map((id) => ({
  id,
  title: id.toUpperCase(),
  section: 'goals',
  quotes: ['q'],
  countries: id === 'c' ? [] : ['KAZ'],
}));

describe('presentation slice', () => {
  it('clamps slides to the tour once it is loaded', () => {
    const s = () => useAppStore.getState();
    s().present(998);
    expect(s().slide).toBe(998);
    s().loadTour(steps);
    expect(s().slide).toBe(2);
    s().step(1);
    expect(s().slide).toBe(2);
    s().goTo(-5);
    expect(s().slide).toBe(0);
    s().step(-1);
    expect(s().slide).toBe(0);
  });

  it('restores the selection it started from when the tour ends', () => {
    const s = () => useAppStore.getState();
    s().select('RUS');
    s().loadTour(steps);
    s().present(1);
    s().select('CHN');
    s().present(2);
    s().leave();
    expect(s().slide).toBeNull();
    expect(s().selectedId).toBe('RUS');
  });
});
