import { type RefObject, useLayoutEffect, useMemo, useRef } from 'react';
import type { Attachment } from '../../model/article-draft/draft-schema.ts';

/** The text cut at every attached passage's edges: each piece with whether a passage covers it. */
function pieces(text: string, attachments: readonly Attachment[]): { text: string; marked: boolean }[] {
  const edges = [...new Set([0, text.length, ...attachments.flatMap((a) => [a.start, a.end])])].sort(
    (a, b) => a - b,
  );
  return edges.slice(0, -1).map((start, i) => {
    const end = edges[i + 1] ?? text.length;
    return {
      text: text.slice(start, end),
      marked: attachments.some((a) => a.start <= start && end <= a.end),
    };
  });
}

/**
 * The attached passages marked behind the article's textarea (a textarea cannot mark its own
 * text): a copy of the text in the same box, font and wrapping, its letters transparent, the
 * passages in <mark> (Mark/MarkText in forced colours), kept on the textarea's size and scroll.
 * For sight only: the list of attached passages says the same to a screen reader.
 */
export function PassageMarks(props: {
  area: RefObject<HTMLTextAreaElement | null>;
  text: string;
  attachments: readonly Attachment[];
}) {
  const own = useRef<HTMLDivElement>(null);
  const parts = useMemo(() => pieces(props.text, props.attachments), [props.text, props.attachments]);
  useLayoutEffect(() => {
    const area = props.area.current;
    const backdrop = own.current;
    if (!area || !backdrop) return;
    // The textarea's padding box without its scrollbar, so lines wrap at the same width.
    const fit = () => {
      const style = getComputedStyle(area);
      backdrop.style.top = `${area.offsetTop + Number.parseFloat(style.borderTopWidth)}px`;
      backdrop.style.left = `${area.offsetLeft + Number.parseFloat(style.borderLeftWidth)}px`;
      backdrop.style.width = `${area.clientWidth}px`;
      backdrop.style.height = `${area.clientHeight}px`;
      for (const key of ['padding', 'font', 'lineHeight', 'letterSpacing', 'wordSpacing', 'tabSize'] as const)
        backdrop.style[key] = style[key];
      backdrop.scrollTop = area.scrollTop;
    };
    const scroll = () => {
      backdrop.scrollTop = area.scrollTop;
    };
    fit();
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(fit) : null;
    resize?.observe(area);
    area.addEventListener('scroll', scroll);
    return () => {
      resize?.disconnect();
      area.removeEventListener('scroll', scroll);
    };
  }, [props.area]);
  return (
    <div ref={own} className="article-editor__marks" aria-hidden="true" dir="auto">
      {parts.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
      {/* A final line break in a textarea still takes a line: so does it here. */}
      {'\n'}
    </div>
  );
}
