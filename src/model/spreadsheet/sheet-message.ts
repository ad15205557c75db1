/**
 * A problem found in a sheet, as an id of the catalog's `import.` block and its values: worded at
 * display time (src/i18n `t`), so this pure code holds no words and imports nothing above it.
 */
export type SheetMessage = {
  readonly id: `import.${string}`;
  readonly values?: Readonly<Record<string, string | number>>;
};
