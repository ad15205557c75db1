import { addCatalogPart } from '../i18n/i18n.ts';

/** The editor's words (editor.*, draft.*), split off the first view's catalogs; one file per language. */
const EDITOR_CATALOGS = {
  en: () => import('virtual:catalog-editor/en'),
  ru: () => import('virtual:catalog-editor/ru'),
  kk: () => import('virtual:catalog-editor/kk'),
};

/** Loads the editor's words for the language on screen (and, from now on, for every switch). */
export const loadEditorWords = (): Promise<void> => addCatalogPart(EDITOR_CATALOGS);
