import { describe, expect, it } from 'vitest';
import { isolate, textDirection } from '../../../src/model/text-direction.ts';

describe('textDirection: the base direction dir="auto" would give (first strong character)', () => {
  it.each([
    ['سياسة الجار الثالث لمنغوليا (عينة 2017)', 'rtl'],
    ['נאט"ו והאיחוד האירופי.', 'rtl'],
    ['ܫܠܡܐ', 'rtl'],
    ['ދިވެހި', 'rtl'],
    ['2017 سياسة', 'rtl'],
    ['«سياسة»', 'rtl'],
    ['١٢٣ abc', 'ltr'],
    ['Kazakhstan', 'ltr'],
    ['Қазақстан', 'ltr'],
    ['“Multi-vector” سياسة', 'ltr'],
    ['', 'ltr'],
    ['2017 (123) …', 'ltr'],
    ['\u200F2017', 'rtl'],
    ['\u200E2017 سياسة', 'ltr'],
    ['\u2068English\u2069 سياسة', 'rtl'],
    ['\u2067سياسة\u2069 English', 'ltr'],
  ] as const)('%j is %s', (text, expected) => {
    expect(textDirection(text)).toBe(expected);
  });
});

describe('isolate', () => {
  it('wraps text in FSI … PDI so it takes its own direction inside a composed sentence', () => {
    expect(isolate('سياسة (2017)')).toBe('\u2068سياسة (2017)\u2069');
    expect(isolate('Title \u202Eevil')).toBe('\u2068Title \u202Eevil\u2069');
  });

  it('leaves text that has no right-to-left letter and no bidi control as it is', () => {
    expect(isolate('Akmaral Aben (2017)')).toBe('Akmaral Aben (2017)');
    expect(isolate('Қазақстан')).toBe('Қазақстан');
  });
});
