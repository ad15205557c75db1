import { useMemo } from 'react';
import type { MessageId, Translate } from '../../i18n/i18n.ts';
import type { Locale } from '../../i18n/locales.ts';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { FILTER_KINDS, groupFilterId } from '../../model/filters.ts';
import { localized, localizedText } from '../../model/localized.ts';
import type { Dataset } from '../../model/schema.ts';
import { useAppStore } from '../../store/app-store.ts';
import { worldIndex } from '../../world/world.ts';
import { CheckboxGroup } from './checkbox-group.tsx';
import { MembershipSwitch } from './membership-switch.tsx';

/** A UN M49 sub-region's name in the interface's language; the atlas's English for one the catalog lacks. */
function regionName(t: Translate, region: { id: string; name: string }): string {
  const id = `region.${region.id}` as MessageId;
  const worded = t(id);
  return worded === id ? region.name : worded;
}

/** The checkbox options per kind, built once per dataset and language (stable props keep the groups memoised). */
function optionsOf(dataset: Dataset, t: Translate, locale: Locale) {
  const l = (text: Parameters<typeof localized>[0]) => localized(text, locale);
  // A label and the language it is in (the dataset's English where it gives no translation).
  const label = (text: Parameters<typeof localized>[0]) => {
    const { text: words, lang } = localizedText(text, locale);
    return { label: words, lang };
  };
  return {
    // Only "Asian vector" is the article's own term; the others are this map's grouping, and say so.
    vector: dataset.vectors.map((v) => {
      const description = localizedText(v.description, locale);
      return {
        id: v.id,
        ...label(v.name),
        // The rule is English only: a reader of another language gets the description in theirs.
        title:
          locale !== 'en' && description.lang === locale ? description.text : (v.rule ?? description.text),
        ...(v.origin === 'map' ? { hint: t('filters.vectorHint') } : {}),
      };
    }),
    org: [
      ...dataset.organisations.map((o) => ({ id: o.id, ...label(o.acronym), title: l(o.fullName) })),
      ...dataset.groups.map((g) => ({
        id: groupFilterId(g),
        ...label(g.acronym ?? g.name),
        title: l(g.name),
      })),
    ],
    sector: dataset.sectors.map((s) => ({ id: s.id, ...label(s.name) })),
    // UN M49 sub-regions by their UN names in the interface's language (the catalog's region.*).
    region: worldIndex.regions.map((r) => ({ id: r.id, label: regionName(t, r) })),
  };
}

/**
 * Filters by vector, region, organisation and sector (relation is the legend's toggles). Collapsed
 * by default so the map keeps its room; the count of matches and "Clear filters" are FilterStatus.
 */
export function FilterPanel() {
  const t = useT();
  const dataset = useAppStore((s) => s.dataset);
  const filters = useAppStore((s) => s.filters);
  const active = FILTER_KINDS.reduce((n, kind) => n + filters[kind].length, 0);
  const locale = useLocale();
  const options = useMemo(() => optionsOf(dataset, t, locale), [dataset, t, locale]);
  return (
    <section className="filters" aria-label={t('filters.title')}>
      <div className="filters__bar">
        <details
          className="filters__details"
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || !event.currentTarget.open) return;
            event.currentTarget.open = false;
            event.currentTarget.querySelector('summary')?.focus();
          }}
        >
          <summary className="button">
            {active > 0 ? t('filters.titleActive', { count: active }) : t('filters.title')}
          </summary>
          <div className="filters__body">
            <CheckboxGroup kind="vector" legend={t('filters.vector')} options={options.vector} />
            <CheckboxGroup kind="org" legend={t('filters.organisation')} options={options.org} />
            <CheckboxGroup kind="sector" legend={t('filters.sector')} options={options.sector} />
            <CheckboxGroup kind="region" legend={t('filters.region')} options={options.region} />
            <MembershipSwitch />
          </div>
        </details>
      </div>
    </section>
  );
}
