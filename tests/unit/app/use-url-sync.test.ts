import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUrlSync } from '../../../src/app/use-url-sync.ts';
import { word } from '../../../src/i18n/i18n.ts';
import { useAppStore } from '../../../src/store/app-store.ts';

/** Runs the frame and the task after it: when the URL is written. */
const nextPaint = () => act(() => vi.advanceTimersByTime(50));

describe('useUrlSync writes the address a frame after the change', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => vi.useRealTimers());

  it('leaves the URL alone until the change has painted, then pushes one entry', () => {
    renderHook(() => useUrlSync());
    const entries = window.history.length;
    act(() => useAppStore.getState().select('CHN'));
    expect(window.location.search).toBe('');
    nextPaint();
    expect(window.location.search).toBe('?country=CHN&lang=en');
    expect(window.history.length).toBe(entries + 1);
  });

  it('keeps two selections made within one frame as two history entries', () => {
    renderHook(() => useUrlSync());
    const entries = window.history.length;
    act(() => {
      useAppStore.getState().select('JPN');
      useAppStore.getState().select('IND');
    });
    nextPaint();
    expect(window.location.search).toBe('?country=IND&lang=en');
    expect(window.history.length).toBe(entries + 2);
  });

  it('replaces the entry for a filter change, and writes on pagehide if the frame has not come', () => {
    renderHook(() => useUrlSync());
    act(() => useAppStore.getState().select('RUS'));
    nextPaint();
    const entries = window.history.length;
    act(() => useAppStore.getState().toggleFilter('org', 'SCO'));
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?country=RUS&org=SCO&lang=en');
    nextPaint();
    expect(window.location.search).toBe('?country=RUS&org=SCO&lang=en');
    expect(window.history.length).toBe(entries);
  });

  it('on Back, restores the entry and drops a change not yet written', () => {
    window.history.replaceState(null, '', '/?country=KGZ');
    renderHook(() => useUrlSync());
    expect(useAppStore.getState().selectedId).toBe('KGZ');
    act(() => useAppStore.getState().select('CHN'));
    const entries = window.history.length;
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    nextPaint();
    expect(useAppStore.getState().selectedId).toBe('KGZ');
    expect(window.location.search).toBe('?country=KGZ');
    expect(window.history.length).toBe(entries);
  });

  it('writes a switch of language into the link and onto its page, replacing the entry', async () => {
    window.history.replaceState(null, '', '/?country=KGZ');
    renderHook(() => useUrlSync());
    const entries = window.history.length;
    await act(() => useAppStore.getState().setLocale('kk'));
    nextPaint();
    expect(`${window.location.pathname}${window.location.search}`).toBe('/kk/?country=KGZ&lang=kk');
    expect(window.history.length).toBe(entries);
  });

  it('restores the language of the entry on Back, and keeps it when the entry has none', async () => {
    window.history.replaceState(null, '', '/ru/?lang=ru');
    renderHook(() => useUrlSync());
    await vi.waitFor(() => expect(useAppStore.getState().locale).toBe('ru'));
    act(() => useAppStore.getState().select('CHN'));
    nextPaint();
    expect(window.location.search).toBe('?country=CHN&lang=ru');
    window.history.replaceState(null, '', '/?country=CHN&lang=en');
    await act(async () => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await vi.waitFor(() => expect(useAppStore.getState().locale).toBe('en'));
    window.history.replaceState(null, '', '/?country=CHN');
    await act(async () => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(useAppStore.getState().locale).toBe('en');
  });

  it('names an unknown ?lang= in a notice, in the language on screen, and keeps the language', async () => {
    await useAppStore.getState().setLocale('ru');
    window.history.replaceState(null, '', '/ru/?lang=de');
    renderHook(() => useUrlSync());
    expect(useAppStore.getState().locale).toBe('ru');
    // A notice is worded when shown, in the language on screen.
    expect(
      useAppStore.getState().notices.map((n) => (typeof n.text === 'string' ? n.text : word(n.text))),
    ).toContain('В ссылке указан язык «de», которого на этой карте нет; язык интерфейса не изменился.');
  });
});
