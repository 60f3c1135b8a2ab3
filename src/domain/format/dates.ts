import { addMonthsToDate, BEYOND_CALENDAR_LABEL, isBeyondCalendar, isIsoDate } from '../dates';

/**
 * One date style everywhere (screens, CLI text, deck, PDF): "15 Sep 2030". Written out by hand
 * rather than with Intl.DateTimeFormat because ICU versions disagree on the short month ("Sep" vs
 * "Sept" in en-GB), and a date must read the same in the app, in Node and in an exported file.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "2030-09-15" → "15 Sep 2030"; anything that is not a real ISO date → "—". */
export function formatDate(iso: string | null | undefined): string {
  if (iso && isBeyondCalendar(iso)) return BEYOND_CALENDAR_LABEL;
  if (!iso || !isIsoDate(iso)) return '—';
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** "2030-09" style month label for axes: "Sep 2030". */
export function formatMonthYear(iso: string | null | undefined): string {
  if (!iso || !isIsoDate(iso)) return '—';
  const [y, m] = iso.split('-');
  return `${MONTHS[Number(m) - 1]} ${y}`;
}

/** The calendar date `months` after `start` (engine months of 30.4375 days), or null when never reached. */
export function dateAfterMonths(start: string, months: number): string | null {
  if (!Number.isFinite(months) || !isIsoDate(start)) return null;
  return addMonthsToDate(start, months);
}

/** The date `months` after `start`, formatted; "not reached" for runs that never get there. */
export function formatDateAfterMonths(start: string, months: number): string {
  const iso = dateAfterMonths(start, months);
  return iso ? formatDate(iso) : 'not reached';
}

/** A P10–P90 range of months after `start` as dates: "Mar 2030 – Jan 2031" style, full dates. */
export function formatDateRange(start: string, fromMonths: number, toMonths: number): string {
  return `${formatDateAfterMonths(start, fromMonths)} – ${formatDateAfterMonths(start, toMonths)}`;
}
