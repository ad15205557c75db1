/**
 * Where "Download as one offline file" takes the single file from: this very page (the single
 * file itself), the copy the site's build ships beside the site (`VITE_OFFLINE_FILE`, set by
 * vite.config.ts when it shipped one), or nowhere (the dev server, a site built without it), where
 * the button is not offered.
 */
export const offlineTemplateSource = (): 'document' | 'site' | null =>
  import.meta.env.MODE === 'single' ? 'document' : import.meta.env.VITE_OFFLINE_FILE ? 'site' : null;
