import { act, render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useGlobalErrors } from '../../../src/app/use-global-errors.ts';
import { Notices } from '../../../src/features/notices/notices.tsx';
import { useAppStore } from '../../../src/store/app-store.ts';

describe('useGlobalErrors', () => {
  it('turns an uncaught error into a notice that follows a later language switch', async () => {
    renderHook(() => useGlobalErrors());
    render(<Notices />);
    act(() => {
      window.dispatchEvent(new ErrorEvent('error', { message: 'boom' }));
    });
    expect(screen.getByRole('status').textContent).toBe('Something went wrong: boom. The map is unchanged.');
    await act(() => useAppStore.getState().setLocale('ru'));
    expect(screen.getByRole('status').textContent).toBe('Что-то пошло не так: boom. Карта не изменилась.');
    await act(() => useAppStore.getState().setLocale('kk'));
    expect(screen.getByRole('status').textContent).toBe('Қате шықты: boom. Карта өзгерген жоқ.');
  });

  it('words an error without a message in the language on screen, now and after a switch', async () => {
    renderHook(() => useGlobalErrors());
    render(<Notices />);
    await act(() => useAppStore.getState().setLocale('ru'));
    act(() => {
      window.dispatchEvent(new ErrorEvent('error'));
    });
    expect(screen.getByRole('status').textContent).toBe(
      'Что-то пошло не так: неизвестная ошибка. Карта не изменилась.',
    );
    await act(() => useAppStore.getState().setLocale('en'));
    expect(screen.getByRole('status').textContent).toBe(
      'Something went wrong: unknown error. The map is unchanged.',
    );
  });
});
