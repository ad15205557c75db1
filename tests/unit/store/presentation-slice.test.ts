import { describe, expect, it } from 'vitest';
import type { TourStep } from '../../../src/model/tour-schema.ts';
import { useAppStore } from '../../../src/store/app-store.ts';
import { askedCountries, isAsking } from '../../../src/store/use-quiz.ts';

const steps: TourStep[] = ['a', 'b', 'c'].map((id) => ({
  id,
  title: id.toUpperCase(),
  section: 'goals',
  quotes: ['q'],
  countries: id === 'c' ? [] : ['KAZ'],
}));

describe('presentation slice', () => {
  it('clamps slides to the tour once it is loaded', () => {
    const s = () => useAppStore.getState();
    s().present(998);
    expect(s().slide).toBe(998);
    s().loadTour(steps);
    expect(s().slide).toBe(2);
    s().step(1);
    expect(s().slide).toBe(2);
    s().goTo(-5);
    expect(s().slide).toBe(0);
    s().step(-1);
    expect(s().slide).toBe(0);
  });

  it('restores the selection it started from when the tour ends', () => {
    const s = () => useAppStore.getState();
    s().select('RUS');
    s().loadTour(steps);
    s().present(1);
    s().select('CHN');
    s().present(2);
    s().leave();
    expect(s().slide).toBeNull();
    expect(s().selectedId).toBe('RUS');
  });
});

/** A quiz tour: a slide with only the home country (nothing to ask), two with partners, and an empty one. */
const quizSteps: TourStep[] = [
  { id: 'home', title: 'Home', section: 'goals', quotes: ['q'], countries: ['KAZ'] },
  { id: 'east', title: 'East', section: 'goals', quotes: ['q'], countries: ['CHN', 'KAZ'] },
  { id: 'north', title: 'North', section: 'goals', quotes: ['q'], countries: ['KAZ', 'RUS'] },
  { id: 'end', title: 'End', section: 'goals', quotes: ['q'], countries: [] },
];

describe('presentation slice: the quiz', () => {
  const s = () => useAppStore.getState();
  const at = () => [s().slide, s().revealed ? 'answer' : 'question'];

  it('steps question → answer → next question forward, and undoes one step at a time backward', () => {
    s().loadTour(quizSteps);
    s().setQuiz(true);
    s().present(0);
    expect(at()).toEqual([0, 'answer']); // nothing to ask about the home country alone
    s().step(1);
    expect(at()).toEqual([1, 'question']);
    expect(askedCountries(s())).toEqual(['CHN']);
    s().step(1);
    expect(at()).toEqual([1, 'answer']);
    expect(askedCountries(s())).toEqual([]);
    s().step(1);
    expect(at()).toEqual([2, 'question']);
    s().step(1);
    s().step(1);
    expect(at()).toEqual([3, 'answer']);
    s().step(1);
    expect(at()).toEqual([3, 'answer']); // the end: a press changes nothing
    s().step(-1);
    expect(at()).toEqual([2, 'answer']);
    s().step(-1);
    expect(at()).toEqual([2, 'question']);
    s().step(-1);
    expect(at()).toEqual([1, 'answer']);
    s().goTo(2);
    expect(at()).toEqual([2, 'question']);
  });

  it('outside the quiz every press is a whole slide, always revealed', () => {
    s().loadTour(quizSteps);
    s().present(1);
    expect(at()).toEqual([1, 'answer']);
    s().step(1);
    expect(at()).toEqual([2, 'answer']);
  });

  it('a link resumes the exact step, decided again once the tour loads', () => {
    s().setQuiz(true);
    s().present(1, true);
    expect(at()).toEqual([1, 'answer']);
    s().present(2);
    expect(at()).toEqual([2, 'question']);
    s().loadTour(quizSteps);
    expect(at()).toEqual([2, 'question']);
    s().leave();
    s().present(0); // the loaded tour knows slide 0 has nothing to ask
    expect(at()).toEqual([0, 'answer']);
  });

  it('the switch asks the slide on show, and turning it off reveals it', () => {
    s().loadTour(quizSteps);
    s().present(2);
    s().setQuiz(true);
    expect(at()).toEqual([2, 'question']);
    expect(isAsking(s())).toBe(true);
    s().setQuiz(false);
    expect(at()).toEqual([2, 'answer']);
    expect(isAsking(s())).toBe(false);
  });
});
