import type { Measure } from '../../geo/place-labels.ts';

/** The names' weight on the map (map.css `.map-labels`). */
const WEIGHT = 600;
/** Width per em when no canvas can measure (jsdom): generous, so a name is never drawn wider than placed. */
const FALLBACK_EM = 0.62;

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/**
 * Measures a name as the map draws it, with a canvas in the page's own font (Latin and Cyrillic,
 * with ә, қ, ң, ө, ұ, ү and і, alike), cached per text and size. Without a canvas, an estimate per letter.
 */
export const measureText: Measure = (text, fontSize) => {
  const key = `${fontSize}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  let width = text.length * fontSize * FALLBACK_EM;
  if (context) {
    const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
    context.font = `${WEIGHT} ${fontSize}px ${family}`;
    width = context.measureText(text).width;
  }
  widths.set(key, width);
  return width;
};
