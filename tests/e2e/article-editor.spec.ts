import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { downloadOffline, openOffline, relationsOf, skipWithoutBuild } from './offline-helpers.ts';

const article = readFileSync(new URL('../../data/article.txt', import.meta.url), 'utf8');
/** A few paragraphs of the article, with its heading line "Country priorities". */
const text = article
  .slice(article.indexOf('Within the United Nations'), article.indexOf('Country priorities') + 1400)
  .replace(/\r\n?/g, '\n');
const DRAFT_KEY = 'kazakhstan-map.article-draft';
const sample = new URL('../../data/examples/mongolia-sample.json', import.meta.url);

const country = (page: Page, id: string) => page.locator(`[data-id="${id}"][role="button"]`);
const editor = (page: Page) => page.getByRole('dialog', { name: 'Write a map from an article' });
const attached = (page: Page) => editor(page).locator('[data-attachment]');

/** Selects `length` characters from `from` with the keyboard: caret placed, then Shift+→ pressed. */
async function selectWithKeys(area: Locator, from: string, length: number): Promise<string> {
  const start = text.indexOf(from);
  expect(start).toBeGreaterThanOrEqual(0);
  await area.focus();
  await area.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), start);
  for (let i = 0; i < length; i++) await area.press('Shift+ArrowRight');
  return text.slice(start, start + length);
}

/** Adds countries by typing their names (in any language) and choosing the suggestion. */
async function chooseCountries(page: Page, names: Record<string, string>): Promise<void> {
  const search = editor(page).getByLabel(/^Find a country/);
  for (const [id, name] of Object.entries(names)) {
    await search.fill(name);
    await editor(page).locator(`button[data-country="${id}"]`).click();
  }
}

/** Pastes the text, chooses Kazakhstan, starts; returns the text to select in. */
async function startDraft(page: Page): Promise<Locator> {
  await editor(page).getByLabel('Paste the article’s text').fill(text);
  await editor(page)
    .getByLabel(/^Home country/)
    .selectOption('KAZ');
  await editor(page).getByRole('button', { name: 'Start' }).click();
  return editor(page).getByLabel('The article’s text');
}

async function attach(page: Page, relation: string): Promise<void> {
  await editor(page).getByLabel('Relation').selectOption({ label: relation });
  await editor(page).getByRole('button', { name: 'Attach', exact: true }).click();
}

test('an article pasted, three passages attached to five countries, kept over a reload, undone, discarded', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Write from an article' }).click();
  const area = await startDraft(page);
  await expect(area).toHaveValue(text);
  await expect(editor(page).getByLabel('Heading of section 2')).toHaveValue('Country priorities');

  // 1. By keyboard: Russia, alliance (found by its Russian name).
  const first = await selectWithKeys(area, 'Based on the Good Neighbourliness', 80);
  await chooseCountries(page, { RUS: 'Россия' });
  await attach(page, 'Alliance');
  // 2. By keyboard: China, strategic partnership (found by its Kazakh name).
  const second = await selectWithKeys(area, 'It will deepen strategic cooperation with China', 47);
  await chooseCountries(page, { CHN: 'Қытай' });
  await attach(page, 'Strategic partnership');
  // 3. With the real mouse: a drag across the text's first lines; three countries, cooperation.
  const box = await area.boundingBox();
  if (!box) throw new Error('no text box');
  await area.evaluate((el) => {
    el.scrollTop = 0;
  });
  await page.mouse.move(box.x + 12, box.y + 12);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + 60, { steps: 8 });
  await page.mouse.up();
  const third = await area.evaluate((el: HTMLTextAreaElement) =>
    el.value.slice(el.selectionStart, el.selectionEnd).trim(),
  );
  expect(third.length).toBeGreaterThan(10);
  await chooseCountries(page, { UZB: 'Uzbekistan', KGZ: 'Кыргызстан', TJK: 'Tajikistan' });
  await attach(page, 'Cooperation');

  await expect(attached(page)).toHaveCount(3);
  await expect(attached(page).nth(0).locator('q')).toHaveText(first);
  await expect(attached(page).nth(1).locator('q')).toHaveText(second);
  await expect(attached(page).nth(2).locator('q')).toHaveText(third);
  const relations = async () =>
    Object.fromEntries(
      await Promise.all(
        ['KAZ', 'RUS', 'CHN', 'UZB', 'KGZ', 'TJK'].map(async (id) => [
          id,
          await country(page, id).getAttribute('data-relation'),
        ]),
      ),
    );
  const expected = {
    KAZ: 'home',
    RUS: 'alliance',
    CHN: 'strategic-partnership',
    UZB: 'cooperation',
    KGZ: 'cooperation',
    TJK: 'cooperation',
  };
  await expect.poll(relations).toEqual(expected);
  await editor(page).getByRole('button', { name: 'Show China' }).click();
  await expect(page.getByRole('complementary').locator('blockquote')).toContainText(second);

  // Undo and redo, by button and by keyboard.
  await editor(page).getByRole('button', { name: 'Undo' }).click();
  await expect(attached(page)).toHaveCount(2);
  await expect(country(page, 'TJK')).toHaveAttribute('data-relation', 'none');
  await editor(page).getByRole('button', { name: 'Redo' }).click();
  await expect(attached(page)).toHaveCount(3);
  const undoButton = editor(page).getByRole('button', { name: 'Undo' });
  await undoButton.press('Control+z');
  await expect(attached(page)).toHaveCount(2);
  await undoButton.press('Control+Shift+z');
  await expect(attached(page)).toHaveCount(3);
  await undoButton.press('Control+z');
  await expect(attached(page)).toHaveCount(2);
  await undoButton.press('Control+y');
  await expect(attached(page)).toHaveCount(3);
  // The draft survives a reload: the editor comes back with it, and so does the map.
  await page.reload();
  await expect(attached(page)).toHaveCount(3);
  await expect.poll(relations).toEqual(expected);

  // By keyboard: focus goes on to the next passage's button, and Ctrl+Z undoes the removal.
  await attached(page).nth(0).getByRole('button', { name: 'Remove passage 1' }).press('Enter');
  await expect(attached(page)).toHaveCount(2);
  await expect(country(page, 'RUS')).not.toHaveAttribute('data-relation', 'alliance');
  await expect(attached(page).nth(0).getByRole('button', { name: 'Remove passage 1' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(attached(page)).toHaveCount(3);
  await attached(page).nth(0).getByRole('button', { name: 'Remove passage 1' }).click();
  await expect(attached(page)).toHaveCount(2);

  // Discard asks first (it cannot be undone); keeping is the default, then discarding: the
  // built-in map is back, nothing is stored, and a reload opens no editor.
  await editor(page).getByRole('button', { name: 'Discard draft' }).click();
  await expect(editor(page).getByRole('button', { name: 'Keep the draft' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor(page).getByRole('button', { name: 'Discard draft' })).toBeFocused();
  await expect(attached(page)).toHaveCount(2);
  await editor(page).getByRole('button', { name: 'Discard draft' }).click();
  await editor(page).getByRole('button', { name: 'Discard the draft' }).click();
  await expect(editor(page).getByLabel('Paste the article’s text')).toBeVisible();
  await expect(editor(page).getByRole('heading', { name: 'Write a map from an article' })).toBeFocused();
  await expect(country(page, 'RUS')).toHaveAttribute('data-relation', 'alliance');
  expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBeNull();
  await page.reload();
  await expect(editor(page)).toHaveCount(0);
});

test('loading a file while a draft is stored asks first, and a broken draft is set aside with a message', async ({
  page,
}) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, '{"version":1,"draft":{"text":"<img src=x onerror=alert(1)>"}}');
    }
  }, DRAFT_KEY);
  await page.goto('/');
  await expect(editor(page).getByRole('alert')).toContainText('The saved draft could not be used');
  expect(await page.evaluate((key) => localStorage.getItem(`${key}.broken`), DRAFT_KEY)).toContain('onerror');

  const area = await startDraft(page);
  await selectWithKeys(area, 'Based on the Good Neighbourliness', 30);
  await chooseCountries(page, { RUS: 'Russia' });
  await attach(page, 'Alliance');
  await expect(country(page, 'RUS')).toHaveAttribute('data-relation', 'alliance');
  await editor(page).getByRole('button', { name: 'Close the editor' }).click();
  await expect(page.getByRole('button', { name: 'Write from an article' })).toBeFocused();

  const question = page.getByRole('dialog', { name: 'You have an unfinished draft' });
  await page.getByLabel('Load dataset').setInputFiles(sample.pathname);
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  await expect(country(page, 'KAZ')).toHaveAttribute('data-relation', 'home');
  await page.getByLabel('Load dataset').setInputFiles(sample.pathname);
  await question.getByRole('button', { name: 'Show the file, keep the draft' }).click();
  await expect(country(page, 'MNG')).toHaveAttribute('data-relation', 'home');
  expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toContain('Based on');
});

test('the journey: an article becomes a draft, survives a reload, and goes out as one offline file with its map and tour', async ({
  page,
  browser,
}, info) => {
  skipWithoutBuild();
  await page.goto('/');
  await page.getByRole('button', { name: 'Write from an article' }).click();
  const area = await startDraft(page);
  await selectWithKeys(area, 'Based on the Good Neighbourliness', 80);
  await chooseCountries(page, { RUS: 'Russia' });
  await attach(page, 'Alliance');
  await selectWithKeys(area, 'It will deepen strategic cooperation with China', 47);
  await chooseCountries(page, { CHN: 'China', USA: 'АҚШ' });
  await attach(page, 'Strategic partnership');
  const third = await selectWithKeys(area, 'Country priorities', 18);
  await chooseCountries(page, { UZB: 'Uzbekistan', KGZ: 'Кыргызстан' });
  await attach(page, 'Cooperation');
  await expect(attached(page)).toHaveCount(3);
  const expected = {
    KAZ: 'home',
    RUS: 'alliance',
    CHN: 'strategic-partnership',
    USA: 'strategic-partnership',
    UZB: 'cooperation',
    KGZ: 'cooperation',
    TJK: 'none',
  };
  const ids = Object.keys(expected);
  await expect.poll(() => relationsOf(page, ids)).toEqual(expected);

  await page.reload();
  await expect(attached(page)).toHaveCount(3);
  await expect(attached(page).nth(2).locator('q')).toHaveText(third);
  await expect.poll(() => relationsOf(page, ids)).toEqual(expected);

  await editor(page).getByRole('button', { name: 'Close the editor' }).click();
  const file = await downloadOffline(page, info, 'kaz-map.html');
  const offline = await openOffline(browser, file, '?country=USA');
  const { page: opened, problems } = offline;
  expect(await offline.firstPaint()).toEqual({ home: 'KAZ', kaz: 'home' });
  expect(await relationsOf(opened, ids)).toEqual(expected);
  await expect(
    opened.getByRole('complementary', { name: 'United States' }).locator('blockquote'),
  ).toContainText('It will deepen strategic cooperation with China');
  await opened.getByRole('button', { name: 'Present' }).click();
  await expect(opened.locator('#slide-title')).not.toBeEmpty();
  await expect(opened.locator('.slide__quotes blockquote').first()).toBeVisible();
  expect(problems).toEqual([]);
  await opened.context().close();
});

test('the tour edited slide by slide: moved, renamed, a slide added from a passage; Present plays it so, and a reload keeps it', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Write from an article' }).click();
  const area = await startDraft(page);
  const first = await selectWithKeys(area, 'Based on the Good Neighbourliness', 80);
  await chooseCountries(page, { RUS: 'Russia' });
  await attach(page, 'Alliance');
  const second = await selectWithKeys(area, 'It will deepen strategic cooperation with China', 47);
  await chooseCountries(page, { CHN: 'China' });
  await attach(page, 'Strategic partnership');

  const tour = editor(page).getByRole('region', { name: 'Tour' });
  await expect(tour).toContainText('The tour is made from the sections in article order: 2 slides.');
  await tour.getByRole('button', { name: 'Edit the tour slide by slide' }).click();
  const fields = tour.getByLabel(/^Title of slide \d+$/);
  const titles = () => fields.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  await expect.poll(titles).toEqual(['Opening', 'Country priorities']);
  await tour.getByRole('button', { name: 'Move slide 2 up' }).click();
  await expect.poll(titles).toEqual(['Country priorities', 'Opening']);
  await expect(tour.getByRole('button', { name: 'Move slide 1 down' })).toBeFocused();
  await tour.getByLabel('Title of slide 1').fill('Neighbours first');
  await tour.getByLabel('Title of slide 1').press('Enter');
  const added = await selectWithKeys(area, 'Within the United Nations', 25);
  await tour.getByRole('button', { name: 'Add a slide from the selected passage' }).click();
  await expect.poll(titles).toEqual(['Neighbours first', 'Opening', 'Opening']);
  await expect(tour.getByLabel('Title of slide 3')).toBeFocused();

  /** Present from the first slide: each slide's title and quotes, in the order played. */
  const played = [
    ['Neighbours first', [first, second]],
    // The home country's stand-in: the text's first line (the organisations' sentences lie inside it).
    ['Opening', [text.split('\n')[0] ?? '']],
    ['Opening', [added]],
  ] as const;
  const present = async (count: number) => {
    await editor(page).getByRole('button', { name: 'Close the editor' }).click();
    await page.getByRole('button', { name: 'Present' }).click();
    for (const [i, [title, quotes]] of played.slice(0, count).entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(page.locator('#slide-title')).toHaveText(title);
      await expect(page.locator('.slide__quotes blockquote')).toHaveText([...quotes]);
    }
  };
  await present(3);
  await page.keyboard.press('Escape');
  await expect(page.locator('#slide-title')).toHaveCount(0);

  // After a reload the editor comes back with the edited tour, and Present still plays it.
  await page.reload();
  await expect.poll(titles).toEqual(['Neighbours first', 'Opening', 'Opening']);
  await present(1);
});
