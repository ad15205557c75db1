import { useEffect, useRef } from 'react';
import { afterNextPaint } from '../../components/after-next-paint.ts';
import { Icon } from '../../components/icon.tsx';
import { useMapHandle } from '../../components/map-handle.ts';
import { currentNameNote } from '../../geo/renamed-countries.ts';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { countryStatus } from '../../model/country-status.ts';
import { articleLanguage } from '../../model/dataset-words.ts';
import { formatDate } from '../../model/format-date.ts';
import { relationLabel } from '../../model/labels.ts';
import { sharedOrganisations } from '../../model/shared-organisations.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useCountryName } from '../../world/use-country-name.ts';
import { HomeDetails } from './home-details.tsx';
import { OrganisationList } from './organisation-list.tsx';
import { PartnerDetails } from './partner-details.tsx';

type Props = {
  /** Shows this country (ISO 3166-1 alpha-3) rather than the selection: the build prerenders each. */
  countryId?: string;
};

/** The details panel: what the article says about the selected country, in its own words. */
export function CountryPanel({ countryId }: Props) {
  const dataset = useAppStore((s) => s.dataset);
  const selectedId = useAppStore((s) => countryId ?? s.selectedId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const map = useMapHandle();
  const t = useT();
  const countryName = useCountryName();
  const locale = useLocale();

  // A choice made on the map moves focus to the panel; a deep link on load, the search box and the
  // table leave focus where it is. After the panel has painted: focusing forces a layout, which
  // would delay the first picture.
  useEffect(() => {
    if (!selectedId || !useAppStore.getState().selectedOnMap) return;
    return afterNextPaint(() => headingRef.current?.focus({ preventScroll: true }));
  }, [selectedId]);

  // Nothing selected: the panel's column stays, with a hint, so the map never changes size when a
  // country is opened (a resize would redraw every country). Not an <aside>: that means "a country
  // is open" (the DOM contract). Hidden on phones, where the panel is a bottom sheet.
  if (!selectedId)
    return (
      <div className="panel panel--empty">
        <p>{t('panel.emptyHint')}</p>
        <p className="muted">{t('panel.emptyKeys')}</p>
      </div>
    );
  const name = countryName(selectedId);
  const status = countryStatus(dataset, selectedId);
  // Today's name of a country renamed since the dataset's date: English names only changed.
  const nameNote = locale === 'en' ? currentNameNote(selectedId, dataset.asOf) : undefined;
  const close = () => {
    useAppStore.getState().select(null);
    map.current?.focusCountry(selectedId);
  };

  return (
    <aside
      className="panel"
      aria-labelledby="panel-title"
      data-relation={status.relation}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <header className="panel__header">
        <h2 id="panel-title" ref={headingRef} tabIndex={-1}>
          {name}
        </h2>
        <button
          type="button"
          className="panel__close"
          onClick={close}
          aria-label={t('panel.close', { name })}
        >
          <Icon name="close" />
        </button>
      </header>
      {nameNote && <p className="panel__current-name muted">{nameNote}</p>}
      <p className="panel__relation">
        <span className={`swatch swatch--${status.relation}`} aria-hidden="true" />
        {relationLabel(status.relation, t, locale, dataset)}
      </p>
      {status.relation !== 'none' && locale !== articleLanguage(dataset) && (
        <p className="panel__in-original muted">{t('quote.inOriginal')}</p>
      )}
      {status.relation === 'home' && <HomeDetails dataset={dataset} />}
      {status.partner && <PartnerDetails dataset={dataset} partner={status.partner} />}
      {status.relation === 'none' && <p>{t('panel.notCovered', { name })}</p>}
      <section aria-labelledby="panel-orgs">
        <h3 id="panel-orgs">
          {status.relation === 'home'
            ? t('panel.memberships', { date: formatDate(dataset.asOf, locale) })
            : t('panel.sharedOrganisations', {
                home: countryName(dataset.home.id),
                date: formatDate(dataset.asOf, locale),
              })}
        </h3>
        <OrganisationList
          organisations={sharedOrganisations(dataset, selectedId)}
          asOf={dataset.asOf}
          countryId={selectedId}
        />
      </section>
    </aside>
  );
}
