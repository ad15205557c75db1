import { expect, test } from './fixtures.ts';

/** A short article in Russian, as a teacher would paste it: a heading line, then paragraphs. */
const text = [
  'Внешняя политика',
  '',
  'Казахстан укрепляет союзнические отношения с Россией во всех сферах сотрудничества.',
  '',
  'Партнёры',
  '',
  ...Array.from(
    { length: 30 },
    (_, i) => `Абзац ${i + 1}: Казахстан развивает торговлю и транспорт в регионе.`,
  ),
].join('\n');

const editor = (page: import('@playwright/test').Page) =>
  page.getByRole('dialog', { name: 'Write a map from an article' });

test('a Russian article: its language is guessed and marks its quotes; attached passages are marked in the text and found again', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Write from an article' }).click();
  await editor(page).getByLabel('Paste the article’s text').fill(text);
  await expect(editor(page).getByLabel('Language of the article')).toHaveValue('ru');
  await editor(page)
    .getByLabel(/^Home country/)
    .selectOption('KAZ');
  await editor(page).getByRole('button', { name: 'Start' }).click();
  const area = editor(page).getByLabel('The article’s text');
  await expect(area).toHaveAttribute('lang', 'ru');

  // The passage chosen with the keyboard, attached to Russia.
  const passage = 'союзнические отношения с Россией';
  const start = text.indexOf(passage);
  await area.focus();
  await area.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), start);
  for (let i = 0; i < passage.length; i++) await area.press('Shift+ArrowRight');
  await editor(page)
    .getByLabel(/^Find a country/)
    .fill('Россия');
  await editor(page).locator('button[data-country="RUS"]').click();
  await editor(page).getByLabel('Relation').selectOption({ label: 'Alliance' });
  await editor(page).getByRole('button', { name: 'Attach', exact: true }).click();

  // Marked behind the text, in the same box: as wide as the textarea's text, scrolled with it.
  const marks = editor(page).locator('.article-editor__marks');
  await expect(marks.locator('mark')).toHaveText([passage]);
  const fit = () =>
    page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('.article-editor__text');
      const marks = document.querySelector<HTMLElement>('.article-editor__marks');
      if (!area || !marks) return null;
      const a = getComputedStyle(area);
      const m = getComputedStyle(marks);
      return {
        width: marks.clientWidth - area.clientWidth,
        font: m.font === a.font,
        padding: m.padding === a.padding,
        scroll: marks.scrollTop - area.scrollTop,
        // The mark's top is where the passage's line is: the third line, under the heading and a blank one.
        line: Math.round(
          (marks.querySelector('mark')?.getBoundingClientRect().top ?? 0) - marks.getBoundingClientRect().top,
        ),
        lineHeight: Number.parseFloat(a.lineHeight) || Number.parseFloat(a.fontSize) * 1.2,
        paddingTop: Number.parseFloat(a.paddingTop),
      };
    });
  const before = await fit();
  expect(before).toMatchObject({ width: 0, font: true, padding: true, scroll: 0 });
  expect(
    Math.abs((before?.line ?? 0) - (before?.paddingTop ?? 0) - 2 * (before?.lineHeight ?? 0)),
  ).toBeLessThan(3);
  await area.evaluate((el) => {
    el.scrollTop = 200;
  });
  await expect.poll(async () => (await fit())?.scroll).toBe(0);
  expect(await area.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

  // The map's panel quotes it in the article's language.
  await editor(page).getByRole('button', { name: 'Show Russia' }).click();
  await expect(page.locator('aside blockquote').first()).toHaveText(passage);
  await expect(page.locator('aside blockquote').first()).toHaveAttribute('lang', 'ru');

  // Found again from the list: selected in the text, scrolled into view.
  await editor(page).getByRole('button', { name: 'Show passage 1 in the text' }).click();
  await expect(area).toBeFocused();
  expect(await area.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([
    start,
    start + passage.length,
  ]);
  await expect(editor(page).getByText(`Selected: ${passage.length} characters`)).toBeVisible();
});

test('the editor never hides controls that keep focus: beside the app when wide, the app inert when not; Present puts it away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Write from an article' }).click();
  await editor(page).getByLabel('Paste the article’s text').fill(text);
  await editor(page)
    .getByLabel(/^Home country/)
    .selectOption('KAZ');
  await editor(page).getByRole('button', { name: 'Start' }).click();
  const area = editor(page).getByLabel('The article’s text');

  // Enter in a field commits and keeps focus there.
  const title = editor(page).getByLabel('Title', { exact: true });
  await title.fill('Внешняя политика Казахстана');
  await title.press('Enter');
  await expect(title).toBeFocused();

  // Attach hands focus back to the text (the button is disabled once used); Undo's last step to Redo.
  const start = text.indexOf('Россией');
  await area.evaluate((el: HTMLTextAreaElement, at) => {
    el.focus();
    el.setSelectionRange(at, at + 'Россией'.length);
  }, start);
  await editor(page)
    .getByLabel(/^Find a country/)
    .fill('Россия');
  await editor(page).locator('button[data-country="RUS"]').click();
  await editor(page).getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(area).toBeFocused();
  const undo = editor(page).getByRole('button', { name: 'Undo' });
  await undo.click();
  await undo.click();
  await expect(undo).toBeDisabled();
  await expect(editor(page).getByRole('button', { name: 'Redo' })).toBeFocused();

  // Wide: the app moves over; nothing reachable lies under the editor.
  const edge = await editor(page).evaluate((el) => el.getBoundingClientRect().right);
  for (const control of [
    page.getByRole('combobox', { name: 'Find a country' }),
    page.getByRole('button', { name: 'Present' }),
  ]) {
    expect((await control.boundingBox())?.x ?? 0).toBeGreaterThanOrEqual(edge);
  }
  // Narrower: the editor covers the app's left side, and the app is out of reach.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(page.locator('main.app__main')).toHaveAttribute('inert', '');
  await expect(editor(page)).toHaveAttribute('aria-modal', 'true');
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.locator('main.app__main')).not.toHaveAttribute('inert', '');

  // Present puts the editor away while the tour plays, and it comes back, draft and all, after.
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(editor(page)).toBeHidden();
  await expect(page.getByText(/^1 \/ \d+$/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor(page)).toBeVisible();
  // Its history too: Redo brings back the title the two Undo steps took away.
  await expect(editor(page).getByLabel('Title', { exact: true })).toHaveValue('Внешняя политика');
  await editor(page).getByRole('button', { name: 'Redo' }).click();
  await expect(editor(page).getByLabel('Title', { exact: true })).toHaveValue('Внешняя политика Казахстана');
});
