import { describe, expect, it } from 'vitest';
import {
  formatDecimalInput,
  numberMarks,
  parseDecimal,
} from '../../../../../src/ui/components/form/parse-decimal';

describe('parseDecimal', () => {
  it('reads the decimal point and the decimal comma in any locale where unambiguous', () => {
    for (const locale of ['en-US', 'de-DE', 'fr-FR']) {
      expect(parseDecimal('12.5', locale)).toBe(12.5);
      expect(parseDecimal('12,5', locale)).toBe(12.5);
      expect(parseDecimal('0,125', locale)).toBe(0.125);
      expect(parseDecimal('1.234,5', locale)).toBe(1234.5);
      expect(parseDecimal('1,234.5', locale)).toBe(1234.5);
      expect(parseDecimal('1,234,567', locale)).toBe(1234567);
      expect(parseDecimal('1 234,5', locale)).toBe(1234.5);
      expect(parseDecimal('-3,25', locale)).toBe(-3.25);
      expect(parseDecimal('\u22123.25', locale)).toBe(-3.25);
      expect(parseDecimal(' 42 ', locale)).toBe(42);
      expect(parseDecimal(',5', locale)).toBe(0.5);
    }
  });

  it('lets the locale decide only "1,234"-style text (a mark followed by exactly three digits)', () => {
    expect(parseDecimal('1,234', 'en-US')).toBe(1234);
    expect(parseDecimal('1,234', 'de-DE')).toBe(1.234);
    expect(parseDecimal('1.234', 'en-US')).toBe(1.234);
    expect(parseDecimal('1.234', 'de-DE')).toBe(1234);
    // French groups with a narrow space, so both marks are decimal there.
    expect(parseDecimal('1.234', 'fr-FR')).toBe(1.234);
    expect(parseDecimal('1,234', 'fr-FR')).toBe(1.234);
  });

  it('refuses text that is not a number', () => {
    for (const text of [
      '',
      ' ',
      'lots',
      '12a',
      '1,2,3',
      '1.234.5,6,7',
      '12%',
      '1e3',
      '--1',
      '.',
      '1..2',
      '12,34.5',
    ])
      expect(parseDecimal(text, 'en-US'), text).toBeNaN();
  });
});

describe('formatDecimalInput', () => {
  it('shows the locale decimal mark without grouping', () => {
    expect(formatDecimalInput(1234.5, 2, 'en-US')).toBe('1234.5');
    expect(formatDecimalInput(1234.5, 2, 'de-DE')).toBe('1234,5');
    expect(formatDecimalInput(0.1 + 0.2, 2, 'en-US')).toBe('0.3');
    expect(formatDecimalInput(undefined)).toBe('');
    expect(numberMarks('de-DE')).toEqual({ decimal: ',', group: '.' });
  });
});
