import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { press, tabTo } from './focus-probe.ts';

const country = (page: Page, id: string) => page.locator(`[data-id="${id}"][role="button"]`);

test('keyboard only: reach the map, move, open and close a panel, filter, table and back; focus always visible', async ({
  page,
}) => {
  await page.goto('/');
  await expect(country(page, 'KAZ')).toHaveAttribute('data-relation', 'home');

  // Reach the map from the top of the page: the map is one tab stop, on the home country.
  const onMap = await tabTo(page, (f) => f.id !== null);
  expect(onMap.id).toBe('KAZ');
  expect(onMap.name).toMatch(/^Kazakhstan, home country/);

  // Arrows move between countries; focus follows and stays visible.
  expect((await press(page, 'ArrowUp')).id).toBe('RUS');

  // Enter opens the panel with focus on its heading; Escape closes it and focus comes back.
  await press(page, 'Enter');
  const panel = page.getByRole('complementary', { name: 'Russia' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Russia', level: 2 })).toBeFocused();
  await press(page, 'Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(country(page, 'RUS')).toBeFocused();
  const east = await press(page, 'ArrowRight');
  expect(east.id).not.toBe('RUS');
  const south = await press(page, 'ArrowDown');
  expect(south.id).not.toBe(east.id);

  // Filters: back to the Filters disclosure, open it, tick the first vector with Space.
  await tabTo(page, (f) => f.name.startsWith('Filters'), true);
  await press(page, 'Enter');
  const vectors = page.getByRole('group', { name: 'Vector (policy direction)' });
  await expect(vectors).toBeVisible();
  await press(page, 'Tab');
  await expect(vectors.getByRole('checkbox').first()).toBeFocused();
  await press(page, 'Space');
  await expect(vectors.getByRole('checkbox').first()).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    /^\d+ countr(y matches|ies match)$/,
  );
  await expect(page).toHaveURL(/vector=/);
  await expect(country(page, 'USA')).toHaveAttribute('data-dimmed', /true|false/);
  await press(page, 'Escape');
  await expect(page.getByText(/^Filters \(1\)/)).toBeFocused();

  // Table and back to the map, by keyboard.
  await tabTo(page, (f) => f.name === 'Table');
  await press(page, 'Enter');
  await expect(page.getByRole('table')).toBeVisible();
  await tabTo(page, (f) => f.name.startsWith('Country'));
  await tabTo(page, (f) => f.name === 'Map', true);
  await press(page, 'Enter');
  await expect(page.getByRole('table')).toHaveCount(0);
  const back = await tabTo(page, (f) => f.id !== null);
  expect(back.id).toBe(south.id);
});
