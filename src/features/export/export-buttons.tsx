import { useState } from 'react';
import { useMapHandle } from '../../components/map-handle.ts';
import { t as wordNow } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import { localizedOptional } from '../../model/localized.ts';
import { useAppStore } from '../../store/app-store.ts';
import { currentStep } from '../../store/use-highlight.ts';

type Format = 'png' | 'svg';

/**
 * Download the map as it is on screen, with title, legend and source line, ready for slides.
 * The export code is loaded on the first click; the first view carries only these two buttons.
 */
export function ExportButtons({ compact = false }: { compact?: boolean }) {
  const t = useT();
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
        .addNotices([
          wordNow('export.failed', { format: format.toUpperCase(), message: (error as Error).message }),
        ]);
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
        aria-label={t('export.png')}
      >
        {compact ? 'PNG' : t('export.png')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => run('svg')}
        disabled={busy !== null}
        aria-label={t('export.svg')}
      >
        {compact ? 'SVG' : t('export.svg')}
      </button>
    </>
  );
}
