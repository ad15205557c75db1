import { useCallback, useEffect, useState } from 'react';

/** Full screen through the Fullscreen API; `available` is false where the browser (or an iframe) refuses it. */
export function useFullscreen(): { available: boolean; active: boolean; toggle: () => void } {
  const available = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  const [active, setActive] = useState(() => Boolean(document.fullscreenElement));
  useEffect(() => {
    const onChange = () => setActive(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    if (!document.fullscreenEnabled) return;
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    // A refusal (no user gesture, a policy) leaves the page as it is; nothing to recover.
    request?.catch(() => undefined);
  }, []);
  return { available, active, toggle };
}
