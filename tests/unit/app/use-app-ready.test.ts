import { describe, expect, it } from 'vitest';
import { replayEarlyClicks } from '../../../src/app/use-app-ready.ts';

type EarlyWindow = Window & { __earlyClicks?: EventTarget[] };

describe('replayEarlyClicks', () => {
  it('replays clicks on countries and buttons once, in order, and leaves native controls alone', () => {
    document.body.innerHTML = `
      <svg><path data-id="CHN" role="button"></path></svg>
      <button type="button"><span class="label">Present</span></button>
      <details><summary>Filters</summary></details>
      <a href="#about">About</a>`;
    const seen: string[] = [];
    const record = (event: Event) => {
      const target = event.target as Element;
      seen.push(target.getAttribute('data-id') ?? target.tagName.toLowerCase());
    };
    document.addEventListener('click', record);
    const win = window as EarlyWindow;
    const country = document.querySelector('path') as Element;
    const label = document.querySelector('.label') as Element;
    const summary = document.querySelector('summary') as Element;
    const link = document.querySelector('a') as Element;
    win.__earlyClicks = [country, summary, label, link];
    expect(replayEarlyClicks(win)).toBe(2);
    expect(seen).toEqual(['CHN', 'button']);
    expect(replayEarlyClicks(win)).toBe(0);
    expect(seen).toHaveLength(2);
    document.removeEventListener('click', record);
  });

  it('skips elements the first render removed, and keeps only the last five clicks', () => {
    document.body.innerHTML = '<button type="button">A</button>';
    const button = document.querySelector('button') as Element;
    const gone = document.createElement('button');
    let clicks = 0;
    button.addEventListener('click', () => clicks++);
    const win = window as EarlyWindow;
    win.__earlyClicks = [gone, ...Array.from({ length: 7 }, () => button)];
    expect(replayEarlyClicks(win)).toBe(5);
    expect(clicks).toBe(5);
  });

  it('does nothing on a page without the early-click script', () => {
    const win = window as EarlyWindow;
    delete win.__earlyClicks;
    expect(replayEarlyClicks(win)).toBe(0);
  });
});
