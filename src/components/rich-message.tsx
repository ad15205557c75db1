import { Fragment, type ReactNode } from 'react';
import type { MessageId } from '../i18n/i18n.ts';
import { useT } from '../i18n/use-t.ts';

// Private-use characters around an element's index: they never occur in a catalog or a dataset.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/**
 * One message whose placeholders may be elements (`{title}` as a `<span dir="auto">`), worded as a
 * whole in the interface's language, so each language keeps its own word order around them.
 */
export function RichMessage({ id, values }: { id: MessageId; values: Readonly<Record<string, ReactNode>> }) {
  const t = useT();
  const elements: ReactNode[] = [];
  const words: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') words[name] = value;
    else {
      words[name] = `${OPEN}${elements.length}${CLOSE}`;
      elements.push(value);
    }
  }
  const parts = t(id, words).split(SLOT);
  // split() with a capture group: even parts are text, odd parts the index of an element.
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{i % 2 === 1 ? elements[Number(part)] : part}</Fragment>
      ))}
    </>
  );
}
