import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useAppStore } from '../../store/app-store.ts';

/**
 * The only piece of the tour in the first view: starts it at slide 1. The tour itself is loaded
 * on demand. Takes focus back when the tour ends, so keyboard users land where they left.
 */
export function PresentButton() {
  const presenting = useAppStore((s) => s.slide !== null);
  const ref = useRef<HTMLButtonElement>(null);
  const t = useT();
  const was = useRef(presenting);
  useEffect(() => {
    if (was.current && !presenting) ref.current?.focus();
    was.current = presenting;
  }, [presenting]);
  return (
    <button
      ref={ref}
      type="button"
      className="button button--primary"
      onClick={() => useAppStore.getState().present(0)}
    >
      {t('tour.present')}
    </button>
  );
}
