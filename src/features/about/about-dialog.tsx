import { lazy, Suspense, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

import { useT } from '../../i18n/use-t.ts';

/** The dialog's text, fetched when it is first opened: the first view has no use for it. */
const AboutBody = lazy(() => import('./about-body.tsx').then((m) => ({ default: m.AboutBody })));

/**
 * Sources, attribution and the map's deliberate choices (Crimea, features without ISO codes). The
 * dialog's body is rendered on first opening: it is not part of the first view, whose HTML every
 * visitor downloads.
 */
export function AboutDialog() {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          flushSync(() => setOpened(true));
          dialogRef.current?.showModal();
        }}
      >
        {t('about.title')}
      </button>
      <dialog ref={dialogRef} className="about" aria-labelledby="about-title">
        <h2 id="about-title">{t('about.title')}</h2>
        {opened && (
          <Suspense fallback={null}>
            <AboutBody />
          </Suspense>
        )}
        <form method="dialog">
          <button type="submit" className="button">
            {t('common.close')}
          </button>
        </form>
      </dialog>
    </>
  );
}
