import { useId } from 'react';

/** A text field that commits on leaving it (one undo step per edit, not per key). */
export function CommitField(props: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <p className="article-editor__field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        key={props.value}
        dir="auto"
        defaultValue={props.value}
        placeholder={props.placeholder}
        onBlur={(e) => e.currentTarget.value !== props.value && props.onCommit(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
    </p>
  );
}
