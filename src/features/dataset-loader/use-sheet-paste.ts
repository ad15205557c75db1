import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store.ts';

const editable = (target: EventTarget | null) =>
  target instanceof Element && target.closest('input, textarea, select, [contenteditable]') !== null;

/**
 * Cells copied from Excel, Google Sheets or LibreOffice and pasted anywhere on the page (not into
 * a text field) open the import preview: they arrive as tab-separated lines. Anything else pasted
 * is left alone.
 */
export function useSheetPaste(): void {
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || editable(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!text.includes('\t') || !/\S[\r\n]+\S/.test(text)) return;
      event.preventDefault();
      useAppStore.getState().openSheet({ text, name: '' });
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);
}
