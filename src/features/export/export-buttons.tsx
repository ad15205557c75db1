import { useState } from 'react';
import { useMapHandle } from '../../components/map-handle.ts';
import { localizedOptional } from '../../model/localized.ts';
import { useAppStore } from '../../store/app-store.ts';
import { currentStep } from '../../store/use-highlight.ts';

type Format = 'png' | 'svg';

/**
 * Download the map as it is on screen, with title, legend and source line, ready for slides.
 * The export code is loaded on the first click; the first view carries only these two buttons.
 */
export function ExportButtons({ compact = false }: { compact?: boolean }) {
  const [busy, setBusy] = useState<Format | null>(null);
  const map = useMapHandle();
  const run = async (format: Format) => {
    const picture = map.current?.picture();
    if (!picture) return;
    setBusy(format);
    try {
      const s = useAppStore.getState();
      const { exportMap } = await import('./export-map.ts');
      await exportMap(format, picture, {
        dataset: s.dataset,
        slideTitle: localizedOptional(currentStep(s.slide, s.tourSteps)?.title, s.locale) ?? null,
        selectedId: s.selectedId,
        locale: s.locale,
      });
    } catch (error) {
      useAppStore
        .getState()
        .addNotices([`The ${format.toUpperCase()} export failed: ${(error as Error).message}`]);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => run('png')}
        disabled={busy !== null}
        aria-label="Download PNG"
      >
        {compact ? 'PNG' : 'Download PNG'}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => run('svg')}
        disabled={busy !== null}
        aria-label="Download SVG"
      >
        {compact ? 'SVG' : 'Download SVG'}
      </button>
    </>
  );
}
