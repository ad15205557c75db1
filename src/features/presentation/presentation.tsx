import tour from 'virtual:tour';
import { type ReactNode, useEffect, useRef } from 'react';
import { loadCatalogPart } from '../../components/catalog-parts.ts';
import { DatasetText } from '../../components/dataset-text.tsx';
import { RichMessage } from '../../components/rich-message.tsx';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { articleLanguage } from '../../model/dataset-words.ts';
import { localizedText } from '../../model/localized.ts';
import { questionCountries } from '../../model/quiz-steps.ts';
import type { Dataset } from '../../model/schema.ts';
import { tourFromSections } from '../../model/tour-from-sections.ts';
import type { TourStep } from '../../model/tour-schema.ts';
import { useAppStore } from '../../store/app-store.ts';
import './presentation.css';
import { currentStep } from '../../store/use-highlight.ts';
import { isAsking } from '../../store/use-quiz.ts';
import { QuizAnswer, QuizQuestion, quizAnnouncement } from './quiz-card.tsx';
import { SlideControls } from './slide-controls.tsx';
import { useFullscreen } from './use-fullscreen.ts';
import { usePresentationKeys } from './use-presentation-keys.ts';
import { useProjectorTheme } from './use-projector-theme.ts';
import { useSwipe } from './use-swipe.ts';

// This chunk's words (the tour's and the quiz's) come with it.
await loadCatalogPart('tour');

/** The dataset's own tour; the built-in article's (data/tour.json); else one slide per section. */
function stepsOf(dataset: Dataset, isBuiltIn: boolean): readonly TourStep[] {
  return dataset.tour?.steps ?? (isBuiltIn ? tour.steps : tourFromSections(dataset).steps);
}

/**
 * The guided tour: one slide of the article at a time, in large type, while the map (another
 * feature) frames and highlights the slide's countries through the store. Loaded on demand.
 * `children` are extra controls the app slots into the toolbar (export).
 */
export default function Presentation({ children }: { children?: ReactNode }) {
  const slide = useAppStore((s) => s.slide);
  const steps = useAppStore((s) => s.tourSteps);
  const dataset = useAppStore((s) => s.dataset);
  const isBuiltIn = useAppStore((s) => s.isBuiltIn);
  const quiz = useAppStore((s) => s.quiz);
  const asking = useAppStore(isAsking);
  const { sections, source } = dataset;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const t = useT();
  const locale = useLocale();
  const fullscreen = useFullscreen();
  const [theme, toggleTheme] = useProjectorTheme();
  usePresentationKeys(fullscreen.toggle);
  const swipe = useSwipe((direction) => useAppStore.getState().step(direction));

  useEffect(() => {
    useAppStore.getState().loadTour(stepsOf(dataset, isBuiltIn));
  }, [dataset, isBuiltIn]);
  const step = currentStep(slide, steps);
  const ready = step !== undefined;
  // Focus the slide once it is on screen, so keys and screen readers start from it.
  useEffect(() => {
    if (ready) headingRef.current?.focus();
  }, [ready]);

  if (!step || slide === null || !steps) return null;
  const sectionOf = sections.find((s) => s.id === step.section);
  const section = sectionOf ? localizedText(sectionOf.title, locale) : { text: step.section, lang: 'en' };
  const heading = localizedText(step.title, locale);
  const title = heading.text;
  // Set on an element of the dataset's words only when they are not in the page's language.
  const langIf = (l: string) => (l === locale ? undefined : l);
  const lang = articleLanguage(dataset);
  const progress = t('tour.progress', { slide: slide + 1, count: steps.length });
  // The quiz's part of the slide: nothing on a slide with only the home country, or without the quiz.
  const asked = quiz ? questionCountries(step, dataset.home.id) : [];

  return (
    <section className="slide" aria-roledescription="slide" aria-labelledby="slide-title" {...swipe}>
      <SlideControls
        progress={progress}
        atStart={slide === 0}
        atEnd={slide === steps.length - 1 && !asking}
        fullscreen={fullscreen}
        theme={theme}
        onToggleTheme={toggleTheme}
      >
        {children}
      </SlideControls>
      <p className="slide__section" dir="auto" lang={langIf(section.lang)}>
        {section.text}
      </p>
      <h2
        id="slide-title"
        className="slide__title"
        ref={headingRef}
        tabIndex={-1}
        dir="auto"
        lang={langIf(heading.lang)}
      >
        {title}
      </h2>
      {asking ? (
        <QuizQuestion dataset={dataset} ids={asked} />
      ) : (
        <>
          {asked.length > 0 && <QuizAnswer dataset={dataset} ids={asked} />}
          <ul className="slide__quotes">
            {step.quotes.map((quote) => (
              <li key={quote}>
                <blockquote dir="auto" lang={lang}>
                  {quote}
                </blockquote>
              </li>
            ))}
          </ul>
          {locale !== lang && <p className="slide__in-original">{t('quote.inOriginal')}</p>}
        </>
      )}
      <p className="slide__source">
        <RichMessage
          id="tour.source"
          values={{
            author: <DatasetText text={source.author} lang={lang} />,
            title: <DatasetText text={source.title} lang={lang} />,
          }}
        />
      </p>
      {step.note && !asking && (
        <details className="slide__notes">
          <summary>{t('tour.notes')}</summary>
          {/* The article's paragraph, in its language. */}
          <p dir="auto" lang={langIf(lang)}>
            {step.note}
          </p>
        </details>
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {t('tour.announce', { slide: slide + 1, count: steps.length, title })}
        {asked.length > 0 && `. ${quizAnnouncement(t, dataset, asked, asking, step.quotes)}`}
      </p>
    </section>
  );
}
