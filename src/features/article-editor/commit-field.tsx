import { useEffect, useId, useRef } from 'react';

/**
 * A text field that commits on leaving it or on Enter (one undo step per edit, not per key).
 * Focus stays in it on Enter (the element is kept, not remounted); the draft's value (trimmed, or
 * what undo and redo bring) is written in whenever it changes.
 */
export function CommitField(props: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  placeholder?: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const el = input.current;
    if (el) el.value = props.value;
  }, [props.value]);
  const commit = (el: HTMLInputElement) => {
    if (el.value !== props.value) props.onCommit(el.value);
  };
  return (
    <p className="article-editor__field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        ref={input}
        dir="auto"
        defaultValue={props.value}
        placeholder={props.placeholder}
        onBlur={(e) => {
          commit(e.currentTarget);
          // What the draft made of it (trimmed, or refused when empty) shows once the edit is over.
          e.currentTarget.value = props.value;
        }}
        onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget)}
      />
    </p>
  );
}
