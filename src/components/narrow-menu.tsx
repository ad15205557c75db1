import { type ReactNode, useId, useState } from 'react';

/**
 * On a phone, tucks secondary tools behind one "More" button; on wider screens the button is
 * hidden by CSS and the tools are always shown. Collapsed by default, so the prerendered HTML and
 * the first client render agree.
 */
export function NarrowMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="button narrow-menu__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        More
      </button>
      <div id={id} className={open ? 'narrow-menu narrow-menu--open' : 'narrow-menu'}>
        {children}
      </div>
    </>
  );
}
