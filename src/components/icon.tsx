/** Drawn in a 20×20 box with a 2-unit stroke. */
const paths = {
  plus: 'M4 10h12M10 4v12',
  minus: 'M4 10h12',
  close: 'M5 5l10 10M15 5 5 15',
  reset: 'M4.7 7.5a6 6 0 1 1-.5 4.5M4 3.5v4.2h4.2',
} as const;

/**
 * The icons of the map's and the panel's small buttons. Drawn, not glyphs: "⟲" is missing from many
 * system fonts, and each glyph size was one more font for the browser to set up before the first
 * layout. The button around it carries the accessible name.
 */
export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d={paths[name]} />
    </svg>
  );
}
