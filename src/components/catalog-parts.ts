import { addCatalogPart } from '../i18n/i18n.ts';

/**
 * The catalogs' parts that the first view does not need (scripts/vite-plugin-catalogs.ts says
 * which ids each holds), one file per language, each loaded with the lazy feature that shows it.
 */
const PARTS = {
  editor: {
    en: () => import('virtual:catalog-part/editor/en'),
    ru: () => import('virtual:catalog-part/editor/ru'),
    kk: () => import('virtual:catalog-part/editor/kk'),
  },
  import: {
    en: () => import('virtual:catalog-part/import/en'),
    ru: () => import('virtual:catalog-part/import/ru'),
    kk: () => import('virtual:catalog-part/import/kk'),
  },
  about: {
    en: () => import('virtual:catalog-part/about/en'),
    ru: () => import('virtual:catalog-part/about/ru'),
    kk: () => import('virtual:catalog-part/about/kk'),
  },
  tour: {
    en: () => import('virtual:catalog-part/tour/en'),
    ru: () => import('virtual:catalog-part/tour/ru'),
    kk: () => import('virtual:catalog-part/tour/kk'),
  },
  validation: {
    en: () => import('virtual:catalog-part/validation/en'),
    ru: () => import('virtual:catalog-part/validation/ru'),
    kk: () => import('virtual:catalog-part/validation/kk'),
  },
};

/** Loads a part's words for the language on screen (and, from now on, for every switch). */
export const loadCatalogPart = (part: keyof typeof PARTS): Promise<void> => addCatalogPart(PARTS[part]);

/**
 * The dataset loader and checker (a chunk of its own), with the words of its messages: every way
 * a dataset arrives (a file, a spreadsheet, the editor, an offline file's own) goes through it.
 */
export const loadDatasetModule = () =>
  Promise.all([import('../model/load-dataset.ts'), loadCatalogPart('validation')]).then(([module]) => module);
