import type { Translate } from '../../i18n/i18n.ts';
import type { DraftWords } from '../../model/article-draft/draft-to-dataset.ts';

/** What a dataset made from a draft says where the draft has nothing, in the interface's language. */
export const draftWords = (t: Translate): DraftWords => ({
  untitled: t('editor.data.untitled'),
  unknownAuthor: t('editor.data.unknownAuthor'),
  authorRole: t('editor.data.authorRole'),
  publication: t('editor.data.publication'),
  subject: t('editor.data.subject'),
  opening: t('editor.data.opening'),
  vector: t('editor.data.vector'),
  vectorDescription: t('editor.data.vectorDescription'),
  sector: t('editor.data.sector'),
});
