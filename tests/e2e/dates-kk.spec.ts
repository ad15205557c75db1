import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ts from 'typescript';

/**
 * Chromium has no Kazakh CLDR data: `Intl.DateTimeFormat('kk')` writes "2017 M03 3". The app's
 * formatter (src/model/format-date.ts, compiled here as it is, type imports dropped) must notice and
 * write Kazakh month names from its own table, and Russian through Intl, in the browser itself.
 */
const source = readFileSync(new URL('../../src/model/format-date.ts', import.meta.url), 'utf8');
const script = `${ts
  .transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  })
  .outputText.replace(/^export /gm, '')}
window.formatDateForTest = formatDate;`;

test('dates in Kazakh and Russian in Chromium: the fallback where Intl has no Kazakh', async ({ page }) => {
  // A blank page of its own: the formatter alone, with no app (and no CSP) around it.
  await page.setContent('<!doctype html><html lang="kk"><title>dates</title></html>');
  // The premise: this browser's Intl writes no Kazakh month (if it ever does, the formatter uses it).
  const intlKk = await page.evaluate(() =>
    new Intl.DateTimeFormat('kk', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date('2017-03-03T00:00:00Z'),
    ),
  );
  await page.addScriptTag({ type: 'module', content: script });
  await page.waitForFunction(() => 'formatDateForTest' in window);
  const dates = await page.evaluate(() => {
    const format = (window as unknown as { formatDateForTest: (iso: string, locale: string) => string })
      .formatDateForTest;
    return {
      kk: format('2017-03-03', 'kk'),
      kkDecember: format('2026-12-31', 'kk'),
      ru: format('2017-03-03', 'ru'),
      en: format('2017-03-03', 'en'),
    };
  });
  if (intlKk.includes('наурыз')) expect(dates.kk).toBe(intlKk);
  else {
    expect(intlKk).not.toMatch(/наурыз/);
    expect(dates.kk).toBe('2017 жылғы 3 наурыз');
    expect(dates.kkDecember).toBe('2026 жылғы 31 желтоқсан');
  }
  expect(dates.ru).toBe('3 марта 2017 г.');
  expect(dates.en).toBe('3 March 2017');
});
