import { Fragment, type ReactNode } from 'react';

const MARK = '\u0001';

/** A placeholder's value that `RichText` replaces with an element: `t(id, { title: slot('title') })`. */
export const slot = (name: string): string => `${MARK}${name}${MARK}`;

/**
 * A worded message whose placeholders are elements (a title with its own `dir="auto"`): the words
 * stay one message in each language's order, and each `slot(name)` in them becomes `slots[name]`.
 */
export function RichText({ text, slots }: { text: string; slots: Readonly<Record<string, ReactNode>> }) {
  const parts = text.split(MARK);
  // Odd places hold slot names: "a \u0001title\u0001 b" splits into ["a ", "title", " b"].
  return parts.map((part, i) => <Fragment key={i}>{i % 2 === 1 ? (slots[part] ?? part) : part}</Fragment>);
}
