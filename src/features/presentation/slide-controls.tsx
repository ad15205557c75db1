import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { ProjectorTheme } from './use-projector-theme.ts';

type Props = {
  /** "4 / 17". */
  progress: string;
  atStart: boolean;
  atEnd: boolean;
  fullscreen: { available: boolean; active: boolean; toggle: () => void };
  theme: ProjectorTheme;
  onToggleTheme: () => void;
  children?: ReactNode;
};

/** Buttons for everything the keys do, for a mouse, a touch screen or a screen reader. */
export function SlideControls({
  progress,
  atStart,
  atEnd,
  fullscreen,
  theme,
  onToggleTheme,
  children,
}: Props) {
  const { step, leave, setQuiz } = useAppStore.getState();
  const quiz = useAppStore((s) => s.quiz);
  const t = useT();
  return (
    <div className="slide__bar" role="toolbar" aria-label={t('tour.toolbar')}>
      <button
        type="button"
        className="button"
        onClick={() => step(-1)}
        disabled={atStart}
        aria-label={t('tour.previousLabel')}
      >
        ←<span className="slide__word"> {t('tour.previous')}</span>
      </button>
      <span className="slide__progress">{progress}</span>
      <button
        type="button"
        className="button"
        onClick={() => step(1)}
        disabled={atEnd}
        aria-label={t('tour.nextLabel')}
      >
        <span className="slide__word">{t('tour.next')} </span>→
      </button>
      <span className="slide__spacer" />
      {fullscreen.available && (
        <button
          type="button"
          className="button"
          onClick={fullscreen.toggle}
          aria-pressed={fullscreen.active}
          title={t('tour.fullScreenKey')}
          aria-label={t('tour.fullScreen')}
        >
          <span className="slide__word">{t('tour.fullScreen')}</span>
          <span className="slide__icon" aria-hidden="true">
            ⤢
          </span>
        </button>
      )}
      <button
        type="button"
        className="button"
        onClick={onToggleTheme}
        aria-pressed={theme === 'dark'}
        aria-label={t('tour.darkTheme')}
      >
        {t('tour.dark')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => setQuiz(!quiz)}
        aria-pressed={quiz}
        title={t('quiz.toggleHint')}
      >
        {t('quiz.toggle')}
      </button>
      {children}
      <button type="button" className="button" onClick={leave} title={t('tour.leaveKey')}>
        {t('tour.leave')}
      </button>
    </div>
  );
}
