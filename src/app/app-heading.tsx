import { useEffect } from 'react';
import { useLocale, useT } from '../i18n/use-t.ts';
import { datasetSubtitle, datasetTitle } from '../model/dataset-words.ts';
import { formatDate } from '../model/format-date.ts';
import { useAppStore } from '../store/app-store.ts';
import { countryName } from '../world/world.ts';

/**
 * The page's heading and the tab's title: the dataset on show, its article's author and date. The
 * dataset's words stay as they are; the sentence around them is in the interface's language.
 */
export function AppHeading() {
  const t = useT();
  const dataset = useAppStore((s) => s.dataset);
  const locale = useLocale();
  const title = datasetTitle(dataset, locale);
  const homeName = countryName(dataset.home.id);
  const tabTitle = t('app.tabTitle', { title });
  useEffect(() => {
    document.title = tabTitle;
  }, [tabTitle]);
  const subtitle = datasetSubtitle(dataset, homeName, formatDate(dataset.source.published, locale));
  return (
    <div>
      <h1 dir="auto">{title}</h1>
      <p className="app__subtitle">{t(subtitle.id, subtitle.values)}</p>
    </div>
  );
}
