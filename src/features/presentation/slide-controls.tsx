import type { ReactNode } from 'react';
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
  return (
    <div className="slide__bar" role="toolbar" aria-label="Presentation">
      <button
        type="button"
        className="button"
        onClick={() => step(-1)}
        disabled={atStart}
        aria-label="← Previous"
      >
        ←<span className="slide__word"> Previous</span>
      </button>
      <span className="slide__progress">{progress}</span>
      <button type="button" className="button" onClick={() => step(1)} disabled={atEnd} aria-label="Next →">
        <span className="slide__word">Next </span>→
      </button>
      <span className="slide__spacer" />
      {fullscreen.available && (
        <button
          type="button"
          className="button"
          onClick={fullscreen.toggle}
          aria-pressed={fullscreen.active}
          title="Full screen (F)"
          aria-label="Full screen"
        >
          <span className="slide__word">Full screen</span>
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
        aria-label="Dark theme"
      >
        Dark
      </button>
      <button
        type="button"
        className="button"
        onClick={() => setQuiz(!quiz)}
        aria-pressed={quiz}
        title="Ask the class first: the slide's countries in grey, the answer on the next press"
      >
        Quiz
      </button>
      {children}
      <button type="button" className="button" onClick={leave} title="Leave the tour (Esc)">
        Leave
      </button>
    </div>
  );
}
