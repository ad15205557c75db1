import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store.ts';

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

/** Space and Enter on a control belong to the control; never move a slide twice. */
const ownsKey = (target: EventTarget | null, key: string) =>
  target instanceof Element &&
  (key === ' ' || key === 'Enter') &&
  target.closest('button, a, summary, input, select, textarea, [role="button"]') !== null;

/**
 * What clickers and keyboards send: → / Space / PageDown next, ← / PageUp previous, Home / End,
 * Esc leaves, F toggles full screen. Keys the map already used (arrows between countries) are left alone.
 */
export function usePresentationKeys(toggleFullscreen: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (ownsKey(event.target, event.key)) return;
      const { step, goTo, leave } = useAppStore.getState();
      const steps = useAppStore.getState().tourSteps?.length ?? 1;
      let handled = true;
      if (NEXT.has(event.key)) step(1);
      else if (PREVIOUS.has(event.key)) step(-1);
      else if (event.key === 'Home') goTo(0);
      else if (event.key === 'End') goTo(steps - 1);
      else if (event.key === 'Escape') leave();
      else if (event.key === 'f' || event.key === 'F') toggleFullscreen();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [toggleFullscreen]);
}
