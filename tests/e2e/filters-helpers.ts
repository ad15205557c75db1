import type { Page } from '@playwright/test';

/**
 * Ticks the last organisation in the open filter panel: for a loaded dataset, its own group, which
 * the app adds as an organisation filter named by the dataset.
 */
export async function checkLastOrganisation(page: Page): Promise<void> {
  await page
    .locator('.filter-group')
    .filter({ hasText: /Organisation/ })
    .getByRole('checkbox')
    .last()
    .check();
}
