import { describe, expect, it } from 'vitest';
import {
  dateAfterMonths,
  formatDate,
  formatDateAfterMonths,
  formatInteger,
  formatMoney,
  formatMoneyFull,
  formatMoneyRange,
  formatMonths,
  formatPercent,
  formatProbability,
  formatShare,
  formatSigned,
  formatSignedMoney,
  formatSignedMonths,
  formatSignedPoints,
} from '../../../../src/domain/format';

describe('dates', () => {
  it('writes one style: day, short month, year', () => {
    expect(formatDate('2030-09-15')).toBe('15 Sep 2030');
    expect(formatDate('2031-01-01')).toBe('1 Jan 2031');
    expect(formatDate('2030-02-30')).toBe('—');
    expect(formatDate(undefined)).toBe('—');
  });
  it('turns engine months after a start into a date (30.4375-day months)', () => {
    expect(dateAfterMonths('2030-01-01', 12)).toBe('2031-01-01'); // 365.25 → 365 days
    expect(formatDateAfterMonths('2030-01-01', 0)).toBe('1 Jan 2030');
    expect(formatDateAfterMonths('2030-01-01', Infinity)).toBe('not reached');
  });
});

describe('numbers', () => {
  it('month counts: one decimal, singular at one', () => {
    expect(formatMonths(43.44)).toBe('43.4 months');
    expect(formatMonths(1)).toBe('1.0 month');
    expect(formatMonths(Infinity)).toBe('not reached');
    expect(formatMonths(Number.NaN)).toBe('—');
  });
  it('percentages and probabilities share one rule; the extremes never round to certainty', () => {
    expect(formatPercent(0.823)).toBe('82%');
    expect(formatProbability(0.825)).toBe('83%');
    expect(formatPercent(0.004)).toBe('<1%');
    expect(formatPercent(0.996)).toBe('>99%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
  });
  it('shares against a threshold keep one decimal so 14.96% never reads as 15%', () => {
    expect(formatShare(0.1496)).toBe('15.0%');
    expect(formatShare(0.1462)).toBe('14.6%');
  });
  it('signed differences use a real minus sign and ±0', () => {
    expect(formatSignedMonths(1.24)).toBe('+1.2 months');
    expect(formatSignedMonths(-13)).toBe('\u221213.0 months');
    expect(formatSignedPoints(-0.031)).toBe('\u22123 pts');
    expect(formatSigned(0.01, '', 1)).toBe('±0');
    expect(formatInteger(-1234.6)).toBe('\u22121,235');
  });
});

describe('money', () => {
  it('compact in the study currency with the ISO code first', () => {
    expect(formatMoney(25_178_521, 'USD')).toBe('USD 25.2M');
    expect(formatMoney(850_000, 'EUR')).toBe('EUR 850K');
    expect(formatMoney(412.4, 'JPY')).toBe('JPY 412');
    expect(formatMoney(-1_000_000, 'USD')).toBe('\u2212USD 1M');
    expect(formatMoney(Number.NaN, 'USD')).toBe('—');
  });
  it('full amounts through Intl, never raw decimals', () => {
    expect(formatMoneyFull(25_178.521, 'USD')).toBe('USD 25,179');
    expect(formatMoneyFull(1_234_567, 'JPY')).toBe('JPY 1,234,567');
    expect(formatMoneyFull(10, 'XXQ')).toBe('XXQ 10'); // not an ISO code: still readable
  });
  it('signed differences and ranges', () => {
    expect(formatSignedMoney(-1_000_000, 'USD')).toBe('\u2212USD 1M');
    expect(formatSignedMoney(250_000, 'USD')).toBe('+USD 250K');
    expect(formatMoneyRange(22_100_000, 28_400_000, 'USD')).toBe('USD 22.1M–28.4M');
  });
});
