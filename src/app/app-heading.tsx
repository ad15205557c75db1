import { useEffect } from 'react';
import { useLocale } from '../i18n/use-t.ts';
import { datasetSubtitle, datasetTitle } from '../model/dataset-words.ts';
import { formatDate } from '../model/format-date.ts';
import { useAppStore } from '../store/app-store.ts';
import { countryName } from '../world/world.ts';

/** The page's heading and the tab's title: the dataset on show, its article's author and date. */
export function AppHeading() {
  const dataset = useAppStore((s) => s.dataset);
  const locale = useLocale();
  const title = datasetTitle(dataset, locale);
  const homeName = countryName(dataset.home.id);
  useEffect(() => {
    document.title = `${title} — an interactive map`;
  }, [title]);
  return (
    <div>
      <h1 dir="auto">{title}</h1>
      <p className="app__subtitle">
        {datasetSubtitle(dataset, homeName, formatDate(dataset.source.published, locale))}
      </p>
    </div>
  );
}
