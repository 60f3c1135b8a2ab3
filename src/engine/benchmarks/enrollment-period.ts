/**
 * The enrollment period of a registry study, estimated honestly.
 *
 * ClinicalTrials.gov gives the start month and the primary completion month, which is when the
 * LAST participant was examined for the primary outcome: start → primary completion = enrollment
 * period + the last participant's primary follow-up. We subtract the follow-up parsed from the
 * first primary outcome's time frame ("Week 24", "12 months", "Baseline to Day 28"): the largest
 * duration mentioned. `recruitmentDetails` is not used: in this extract its dates usually describe
 * the whole conduct ("first patient first visit … last patient last visit"), not recruitment.
 *
 * Bias (see docs/benchmarks.md): when the time frame states a maximum ("up to 5 years") or the
 * study is event-driven, the parsed follow-up overstates the last participant's follow-up; the
 * subtraction is therefore capped at MAX_FOLLOW_UP_SHARE of the total, which leaves those studies'
 * enrollment periods somewhat long (their rates somewhat low).
 */

/** Days per unit of a stated duration. */
const UNIT_DAYS: Record<string, number> = {
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30.4375,
  year: 365.25,
};
const DAYS_PER_MONTH = 30.4375;

/** The subtracted follow-up never exceeds this share of start → primary completion. */
export const MAX_FOLLOW_UP_SHARE = 0.5;

const unitOf = (word: string): string | undefined => {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'min' || w === 'minute') return 'minute';
  if (w === 'hr' || w === 'hour' || w === 'h') return 'hour';
  if (w === 'day' || w === 'd') return 'day';
  if (w === 'wk' || w === 'week') return 'week';
  if (w === 'mo' || w === 'mon' || w === 'month') return 'month';
  if (w === 'yr' || w === 'year') return 'year';
  return undefined;
};

/**
 * The longest duration mentioned in a time frame, in months; 0 when none is found.
 * Recognises "24 weeks", "12-month", "Week 52", "Day 28", "Month 6", "2 years".
 */
export function parseFollowUpMonths(timeFrame: string | null | undefined): number {
  if (!timeFrame) return 0;
  const text = timeFrame.toLowerCase();
  let maxDays = 0;
  const numberThenUnit =
    /(\d+(?:\.\d+)?)\s*-?\s*(minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|years?|yrs?)\b/g;
  const unitThenNumber = /\b(day|week|month|year)s?\s+(\d+(?:\.\d+)?)/g;
  for (const m of text.matchAll(numberThenUnit)) {
    const unit = unitOf(m[2]!);
    if (unit) maxDays = Math.max(maxDays, Number(m[1]) * UNIT_DAYS[unit]!);
  }
  for (const m of text.matchAll(unitThenNumber)) {
    const unit = unitOf(m[1]!);
    if (unit) maxDays = Math.max(maxDays, Number(m[2]) * UNIT_DAYS[unit]!);
  }
  return maxDays / DAYS_PER_MONTH;
}

/** Whole months from "YYYY-MM" a to "YYYY-MM" b (b − a). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number) as [number, number];
  const [yb, mb] = b.split('-').map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
}

export interface EnrollmentPeriod {
  /** Start → primary completion, months (dates are months: the midpoints are assumed). */
  totalMonths: number;
  /** Follow-up subtracted, months (after the cap). */
  followUpMonths: number;
  /** Estimated enrollment period, months (≥ 1). */
  months: number;
}

/**
 * Estimated enrollment period, or undefined when the dates are missing or out of order.
 * The result is at least one month: dates have month resolution.
 */
export function enrollmentPeriod(
  start: string | null | undefined,
  primaryCompletion: string | null | undefined,
  timeFrame: string | null | undefined,
): EnrollmentPeriod | undefined {
  if (!start || !primaryCompletion) return undefined;
  const total = monthsBetween(start, primaryCompletion);
  if (!(total >= 1)) return undefined;
  const followUp = Math.min(parseFollowUpMonths(timeFrame), MAX_FOLLOW_UP_SHARE * total);
  return { totalMonths: total, followUpMonths: followUp, months: Math.max(1, total - followUp) };
}
