import { useId, useState } from 'react';
import { useLocale, useT } from '../../i18n/use-t.ts';
import type { ArticleDraft } from '../../model/article-draft/draft-schema.ts';
import { guessLanguage } from '../../model/article-draft/language.ts';
import { sectionsFromText } from '../../model/article-draft/sections.ts';
import { useCountryName, useCountryOptions } from '../../world/use-country-name.ts';
import { LanguageField } from './language-field.tsx';

const today = () => new Date().toISOString().slice(0, 10);

/** The first step: the article's text (pasted or from a .txt file), its home country and date. */
export function StartForm({ onStart }: { onStart: (draft: ArticleDraft) => void }) {
  const t = useT();
  const nameOf = useCountryName();
  const ids = { text: useId(), file: useId(), home: useId(), date: useId() };
  const [text, setText] = useState('');
  const [homeId, setHomeId] = useState('');
  const [date, setDate] = useState(today);
  const [fileError, setFileError] = useState('');
  const locale = useLocale();
  // Guessed from the text until the teacher chooses.
  const [chosenLanguage, setLanguage] = useState<string | null>(null);
  const language = chosenLanguage ?? guessLanguage(text) ?? locale;
  const options = useCountryOptions(nameOf);
  const ready = text.trim() !== '' && homeId !== '' && /^\d{4}-\d{2}-\d{2}$/.test(date);
  const start = () => {
    const body = text.replace(/\r\n?/g, '\n');
    const sections = sectionsFromText(body);
    const title = sections.find((s) => s.title !== '')?.title ?? '';
    onStart({ text: body, title, date, homeId, language, sections, attachments: [] });
  };
  return (
    <form
      className="article-editor__start"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) start();
      }}
    >
      <label htmlFor={ids.text}>{t('editor.paste.label')}</label>
      <textarea
        id={ids.text}
        dir="auto"
        rows={8}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <label htmlFor={ids.file}>{t('editor.file.label')}</label>
      <input
        id={ids.file}
        type="file"
        accept=".txt,text/plain"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          setFileError('');
          file
            ?.text()
            .then(setText, (e: unknown) =>
              setFileError(t('editor.file.error', { name: file.name, detail: String(e) })),
            );
        }}
      />
      {fileError && (
        <p role="alert" dir="auto">
          {fileError}
        </p>
      )}
      <LanguageField value={language} onChange={setLanguage} />
      <label htmlFor={ids.home}>{t('editor.home.label')}</label>
      <select id={ids.home} value={homeId} onChange={(e) => setHomeId(e.currentTarget.value)}>
        <option value="">{t('editor.home.placeholder')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <label htmlFor={ids.date}>{t('editor.date.label')}</label>
      <input
        id={ids.date}
        type="date"
        required
        value={date}
        onChange={(e) => setDate(e.currentTarget.value)}
      />
      <button type="submit" className="button button--primary" disabled={!ready}>
        {t('editor.start')}
      </button>
    </form>
  );
}
