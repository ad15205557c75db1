import { useEffect } from 'react';
import { DatasetText } from '../components/dataset-text.tsx';
import { RichMessage } from '../components/rich-message.tsx';
import { useLocale, useT } from '../i18n/use-t.ts';
import { articleLanguage, datasetSubtitle, datasetTitleText } from '../model/dataset-words.ts';
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
  const heading = datasetTitleText(dataset, locale);
  const title = heading.text;
  const homeName = countryName(dataset.home.id);
  const tabTitle = t('app.tabTitle', { title });
  useEffect(() => {
    document.title = tabTitle;
  }, [tabTitle]);
  const subtitle = datasetSubtitle(dataset, homeName, formatDate(dataset.source.published, locale));
  return (
    <div>
      <h1 dir="auto" lang={heading.lang === locale ? undefined : heading.lang}>
        {title}
      </h1>
      <p className="app__subtitle">
        {/* The article's title and author in its language, still isolated (FSI … PDI) in the sentence. */}
        <RichMessage
          id={subtitle.id}
          values={{
            ...subtitle.values,
            title: <DatasetText text={String(subtitle.values?.title)} lang={articleLanguage(dataset)} />,
            author: <DatasetText text={String(subtitle.values?.author)} lang={articleLanguage(dataset)} />,
          }}
        />
      </p>
    </div>
  );
}
