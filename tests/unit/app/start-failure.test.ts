// @vitest-environment node -- a pure function of the page's language
import { describe, expect, it } from 'vitest';
import { startFailureMessage } from '../../../src/app/start-failure.ts';

const offline = new TypeError('Failed to fetch dynamically imported module.');

describe('the start-failure message speaks the page’s language before any catalog loads', () => {
  it('English by default, and for any language the app does not have', () => {
    const english =
      'The map is shown, but the app could not start (Failed to fetch dynamically imported module). Check the connection and reload the page.';
    expect(startFailureMessage('en', offline)).toBe(english);
    expect(startFailureMessage('', offline)).toBe(english);
    expect(startFailureMessage('de-DE', offline)).toBe(english);
  });

  it('Russian and Kazakh by the primary subtag of <html lang>', () => {
    expect(startFailureMessage('ru', offline)).toBe(
      'Карта показана, но приложение не запустилось (Failed to fetch dynamically imported module). Проверьте подключение и перезагрузите страницу.',
    );
    expect(startFailureMessage('kk-KZ', 'offline')).toBe(
      'Карта көрсетілді, бірақ қолданба іске қосылмады (offline). Байланысты тексеріп, бетті қайта жүктеңіз.',
    );
  });
});
