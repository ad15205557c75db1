import { useT } from '../../i18n/use-t.ts';
import { offlineTemplateSource } from './offline-source.ts';

/**
 * "Download as one offline file": the single file with the dataset on show built in. Offered only
 * where the single file can be had (offline-source.ts); its code is loaded on click.
 */
export function OfflineFileButton() {
  const t = useT();
  return (
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
