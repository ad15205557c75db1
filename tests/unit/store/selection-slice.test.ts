import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../src/store/app-store.ts';

describe('selection slice', () => {
  it('a hover that changes nothing (the pointer of a click that has not moved) notifies no one', () => {
    const s = () => useAppStore.getState();
    s().setHover({ id: 'RUS', x: 10, y: 20 });
    const listener = vi.fn();
    const unsubscribe = useAppStore.subscribe(listener);
    s().setHover({ id: 'RUS', x: 10, y: 20 });
    expect(listener).not.toHaveBeenCalled();
    s().setHover({ id: 'RUS', x: 11, y: 20 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(s().hover).toEqual({ id: 'RUS', x: 11, y: 20 });
    s().setHover(null);
    s().setHover(null);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(s().hover).toBeNull();
    unsubscribe();
  });
});
