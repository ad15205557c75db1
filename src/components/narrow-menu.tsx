import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useT } from '../i18n/use-t.ts';

/**
 * On a phone, tucks secondary tools behind one "More" button; on wider screens the button is
 * hidden by CSS and the tools are always shown. Collapsed by default, so the prerendered HTML and
 * the first client render agree. Escape closes it and gives focus back to "More", since the tool
 * that had focus is hidden with the menu.
 */
export function NarrowMenu({ children }: { children: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    // A dialog opened from the menu (About) closes itself on Escape; the menu stays.
    if (!open || event.key !== 'Escape' || event.defaultPrevented) return;
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    event.preventDefault();
    toggleRef.current?.focus();
    setOpen(false);
  };
  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        className="button narrow-menu__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onKeyDown}
      >
        {t('common.more')}
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape bubbling up from the menu's own buttons */}
      <div id={id} className={open ? 'narrow-menu narrow-menu--open' : 'narrow-menu'} onKeyDown={onKeyDown}>
        {children}
      </div>
    </>
  );
}
