import countries from 'world-countries';
import { expect, test } from './fixtures.ts';

const shortNames = new Map(countries.map((c) => [c.cca3, c.name.common]));
// A country renamed after the article keeps the article's name (data/README.md, "Names").
shortNames.set('TUR', 'Turkey');
/** Written out here, not imported: the test states what a listener must hear. */
const relationWords: Record<string, string> = {
  home: 'home country',
  alliance: 'alliance',
  'strategic-partnership': 'strategic partnership',
  cooperation: 'cooperation',
  none: 'not covered by the article',
};

test('every country button is named by its English short name, then its relation', async ({ page }) => {
  await page.goto('/');
  const map = page.getByRole('group', { name: /World map of Kazakhstan/ });
  await expect(map.locator('[data-id="KAZ"]')).toHaveAttribute('data-relation', 'home');
  const buttons = await map.locator('[role="button"][data-id]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-id') ?? '',
      relation: el.getAttribute('data-relation') ?? '',
      name: el.getAttribute('aria-label') ?? '',
      labelledBy: el.getAttribute('aria-labelledby'),
    })),
  );
  expect(buttons.length).toBeGreaterThanOrEqual(193);
  const wrong = buttons.filter(
    (b) =>
      b.labelledBy !== null ||
      !shortNames.has(b.id) ||
      !b.name.startsWith(`${shortNames.get(b.id)}, ${relationWords[b.relation]}`),
  );
  expect(wrong).toEqual([]);
  // What the browser's accessibility tree computes, for a few kinds of coverage.
  await expect(map.locator('[data-id="RUS"]')).toHaveAccessibleName(
    /^Russia, alliance, named in the article$/,
  );
  await expect(map.locator('[data-id="DEU"]')).toHaveAccessibleName(
    /^Germany, cooperation, as a member of the European Union/,
  );
  await expect(map.locator('[data-id="BRA"]')).toHaveAccessibleName(/^Brazil, not covered by the article/);
  await expect(map.locator('[data-id="SGP"]')).toHaveAccessibleName(/^Singapore, /);
});

test('names follow a loaded dataset: Mongolia is the home country, Kazakhstan is not covered', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Load dataset').setInputFiles('data/examples/mongolia-sample.json');
  await expect(page.locator('[data-id="MNG"][role="button"]')).toHaveAccessibleName(
    /^Mongolia, home country/,
  );
  await expect(page.locator('[data-id="KAZ"][role="button"]')).toHaveAccessibleName(
    /^Kazakhstan, not covered by the article/,
  );
  await expect(page.locator('[data-id="CHN"][role="button"]')).toHaveAccessibleName(
    /^China, strategic partnership/,
  );
});

test('the filter count is a live region that exists before it speaks, and announces each change', async ({
  page,
}) => {
  await page.goto('/');
  const count = page.locator('.filters__count');
  // A live region must be in the page before its text changes, or screen readers miss the change.
  await expect(count).toHaveAttribute('role', 'status');
  await expect(count).toHaveText('');
  await page.getByRole('region', { name: 'Legend' }).getByRole('button', { name: 'Alliance' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    /^\d+ countr(y|ies) match(es)?$/,
  );
  const first = await count.textContent();
  await page
    .getByRole('region', { name: 'Legend' })
    .getByRole('button', { name: 'Strategic partnership' })
    .click();
  await expect(count).not.toHaveText(first ?? '');
  await expect(count).toHaveText(/^\d+ countries match$/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count).toHaveText('');
});

test('notices about a bad link are announced in a status region and can be dismissed', async ({ page }) => {
  await page.goto('/?country=QQQ');
  const notices = page.locator('.notices[role="status"]');
  await expect(notices).toContainText('"QQQ", which is not on this map');
  await notices.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(notices).toHaveText('');
});
