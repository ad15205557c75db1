import { setupI18n } from '@lingui/core';
import type enCatalog from '../../data/locales/en.json';
import type { Locale } from './locales.ts';

/** A message's id: a key of the source catalog, data/locales/en.json. */
export type MessageId = keyof typeof enCatalog;

/** The values a message's placeholders take ({count}, {name}). */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * A message not yet put into words: what pure code (model/, geo/) returns and the store keeps, so
 * that it is worded in the language on screen when it is shown, and again after a switch.
 */
export type Message = { readonly id: MessageId; readonly values?: MessageValues };

/** Words a message in the active language. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

/**
 * The one Lingui instance, with no language until `activateLocale` has loaded one: English too is a
 * file of its own, so a page in another language does not download the English words. Wording a
 * message before then throws (Lingui's "without setting a locale").
 */
export const i18n = setupI18n();

type Catalog = Parameters<typeof i18n.load>[1];

const catalogs: Record<Locale, () => Promise<{ default: Catalog }>> = {
  en: () => import('virtual:catalog/en'),
  ru: () => import('virtual:catalog/ru'),
  kk: () => import('virtual:catalog/kk'),
};

const loaded = new Set<Locale>();

type CatalogLoaders = Record<Locale, () => Promise<{ default: Catalog }>>;

/** Parts of the catalogs split off with a lazily loaded feature (the article editor's words). */
const parts: { loaders: CatalogLoaders; loaded: Set<Locale> }[] = [];

async function loadPart(part: (typeof parts)[number], locale: Locale): Promise<void> {
  if (part.loaded.has(locale)) return;
  const { default: messages } = await part.loaders[locale]();
  i18n.load(locale, messages);
  part.loaded.add(locale);
}

/**
 * Adds a part of the catalogs that a lazily loaded feature brings (once per part): loaded now for
 * the active language, and by `activateLocale` before every later switch.
 */
export async function addCatalogPart(loaders: CatalogLoaders): Promise<void> {
  let part = parts.find((p) => p.loaders === loaders);
  if (!part) {
    part = { loaders, loaded: new Set() };
    parts.push(part);
  }
  const locale = i18n.locale as Locale;
  if (locale) await loadPart(part, locale);
}

/**
 * Loads `locale`'s catalog (once; a file of its own for each language) and makes it the active one.
 * Rejects when the file cannot be fetched; the active language then stays as it was.
 */
export async function activateLocale(locale: Locale): Promise<void> {
  if (!loaded.has(locale)) {
    const { default: messages } = await catalogs[locale]();
    i18n.load(locale, messages);
    loaded.add(locale);
  }
  await Promise.all(parts.map((part) => loadPart(part, locale)));
  i18n.activate(locale);
}

/** Words `id` in the active language; outside React (CSV headers, export titles, the tab's title). */
export const t: Translate = (id, values) => i18n._(id, values as Record<string, unknown> | undefined);

/** Words a `Message` in the active language. */
export const word = (message: Message): string => t(message.id, message.values);
