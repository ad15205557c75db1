import { useLocale, useT } from '../../i18n/use-t.ts';
import { quoteOf, type TextRange } from '../../model/article-draft/attach.ts';
import type { ArticleDraft } from '../../model/article-draft/draft-schema.ts';
import { relationLabel } from '../../model/labels.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useCountryName } from '../../world/use-country-name.ts';

type Props = {
  draft: ArticleDraft;
  onRemove: (id: string) => void;
  /** Selects the passage in the article's text. */
  onFind: (passage: TextRange) => void;
};

/** The passages attached so far: the quote, its countries (each shown on the map on demand), its relation. */
export function AttachmentList({ draft, onRemove, onFind }: Props) {
  const t = useT();
  const locale = useLocale();
  const nameOf = useCountryName();
  const select = useAppStore((s) => s.select);
  const count = draft.attachments.length;
  return (
    <section className="article-editor__attachments" aria-labelledby="article-editor-attached">
      <h3 id="article-editor-attached">{t('editor.attachments.title', { count })}</h3>
      {count === 0 ? (
        <p>{t('editor.attachments.empty')}</p>
      ) : (
        <ol>
          {draft.attachments.map((a, i) => (
            <li key={a.id} data-attachment={a.id}>
              <q dir="auto" lang={draft.language ?? 'en'}>
                {quoteOf(draft, a)}
              </q>
              <p>
                {relationLabel(a.relation, t, locale)}:{' '}
                {a.countries.map((id) => (
                  <button
                    key={id}
                    type="button"
                    className="button article-editor__country"
                    aria-label={t('editor.attachment.show', { country: nameOf(id) })}
                    onClick={() => select(id)}
                  >
                    <span dir="auto">{nameOf(id)}</span>
                  </button>
                ))}
              </p>
              <button type="button" className="button" onClick={() => onFind(a)}>
                {t('editor.attachment.find', { number: i + 1 })}
              </button>{' '}
              <button type="button" className="button" data-remove onClick={() => onRemove(a.id)}>
                {t('editor.attachment.remove', { number: i + 1 })}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
