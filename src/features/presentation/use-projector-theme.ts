import { useEffect, useState } from 'react';

export type ProjectorTheme = 'light' | 'dark';

const prefersDark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;

/**
 * Light or dark projector theme, starting from the system's preference. Set on <html> so the map
 * (another feature) picks it up through CSS alone; removed when the tour ends.
 */
export function useProjectorTheme(): [ProjectorTheme, () => void] {
  const [theme, setTheme] = useState<ProjectorTheme>(() => (prefersDark() ? 'dark' : 'light'));
  useEffect(() => {
    document.documentElement.dataset.projector = theme;
    return () => {
      delete document.documentElement.dataset.projector;
    };
  }, [theme]);
  return [theme, () => setTheme((t) => (t === 'light' ? 'dark' : 'light'))];
}
