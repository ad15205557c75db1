import { useT } from '../../i18n/use-t.ts';
import { useAppStore } from '../../store/app-store.ts';
import { offlineTemplateSource } from './offline-source.ts';

/**
 * "Download as one offline file": the single file with the loaded dataset built in. Offered only
 * where the single file can be had (offline-source.ts), and only for a dataset of the user's: the
 * built-in article's file is the build's own (kazakhstan-map.html), and at 1366 px one more button
 * in the first view's header squeezed the page's title to three lines. Its code is loaded on click.
 */
export function OfflineFileButton() {
  const t = useT();
  const isBuiltIn = useAppStore((s) => s.isBuiltIn);
  return (
    !isBuiltIn &&
    offlineTemplateSource() && (
      <button
        type="button"
        className="button"
        onClick={() => void import('./offline-file.ts').then((m) => m.saveOfflineFile())}
      >
        {t('offline.download')}
      </button>
    )
  );
}
