import { assertIsoDate, laterOf, shiftDays, type IsoDate } from '../../domain/dates';
import { isKnownCalendar } from '../calendar/holidays';
import { calendarCoverageWarnings } from '../calendar/shipped-calendars';
import { addCalendarDays, addWorkingDays, isWorkingDay, nextWorkingDay } from '../calendar/working-days';
import { orderSteps } from './step-order';
import type { ClockOptions, ClockPathway, ClockResult, ClockStepResult, DayType } from './types';

/** True for 23 Dec–7 Jan inclusive, the EU member states' informal winter clock-stop. */
export function inWinterClockStop(date: IsoDate): boolean {
  const monthDay = date.slice(5);
  return monthDay >= '12-23' || monthDay <= '01-07';
}

interface Counting {
  calendar: string;
  winterClockStop: boolean;
}

/** `days` days of `dayType` after `start` (day 1 = the next day), skipping a winter clock-stop. */
function advance(start: IsoDate, days: number, dayType: DayType, counting: Counting): IsoDate {
  if (!counting.winterClockStop) {
    return dayType === 'working'
      ? addWorkingDays(start, days, counting.calendar)
      : addCalendarDays(start, days);
  }
  let day = start;
  let counted = 0;
  while (counted < days) {
    day = shiftDays(day, 1);
    if (inWinterClockStop(day)) continue;
    if (dayType === 'calendar' || isWorkingDay(day, counting.calendar)) counted += 1;
  }
  return day;
}

/**
 * Reg. (EEC, Euratom) 1182/71 Art. 3(4), applied by the CTR: a period ending on a Saturday, Sunday
 * or public holiday ends at the end of the following working day. With the winter clock-stop on,
 * a deadline cannot fall inside the stop either.
 */
function rollForward(date: IsoDate, counting: Counting): IsoDate {
  let day = nextWorkingDay(date, counting.calendar);
  while (counting.winterClockStop && inWinterClockStop(day)) {
    day = nextWorkingDay(shiftDays(day, 1), counting.calendar);
  }
  return day;
}

function assertWholeDays(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${field} must be a whole number of days ≥ 0 (got ${value})`);
}

/**
 * Computes a regulatory review clock from a submission date.
 *
 * Counting starts the day after submission (or after the step's start): day 1 is the next day, or
 * the next working day for working-day steps (weekends, public holidays and make-up working days of
 * `pathway.holidayCalendar`). A step starts when all the steps it waits for have ended. Steps with
 * `rollForward` move a deadline on a weekend or holiday to the next working day, at each step.
 * `decisionWithRfi` lets every step also use its maximum RFI / clock-stop allowance (`rfiMaxDays`
 * of `rfiDayType`) before the next step begins.
 *
 * @param pathway steps in days (calendar or working) — the format of data/reference/*.json
 * @param submitted submission (receipt) date, 'YYYY-MM-DD'
 * @returns each step's dates, the decision date (no RFI) and the decision date with maximum RFIs
 */
export function computeClock(
  pathway: ClockPathway,
  submitted: IsoDate,
  options: ClockOptions = {},
): ClockResult {
  assertIsoDate(submitted, 'submitted');
  const calendar = options.holidayCalendar ?? pathway.holidayCalendar;
  if (!isKnownCalendar(calendar)) {
    throw new Error(`pathway "${pathway.id}": holidayCalendar "${calendar}" is not a known calendar`);
  }
  const counting: Counting = { calendar, winterClockStop: options.winterClockStop ?? false };
  const ends = new Map<string, { end: IsoDate; endWithRfi: IsoDate }>();
  const results = new Map<string, ClockStepResult>();

  for (const { step, after } of orderSteps(pathway.steps)) {
    const rfiMaxDays = step.rfiMaxDays ?? 0;
    assertWholeDays(step.days, `step "${step.id}" days`);
    assertWholeDays(rfiMaxDays, `step "${step.id}" rfiMaxDays`);
    const roll = (date: IsoDate) => (step.rollForward ? rollForward(date, counting) : date);

    const predecessors = after.map((id) => ends.get(id)).filter((entry) => entry !== undefined);
    const start = predecessors.reduce((latest, p) => laterOf(latest, p.end), submitted);
    const startWithRfi = predecessors.reduce((latest, p) => laterOf(latest, p.endWithRfi), submitted);

    // Where the start date itself is day 1 (and a countable day), one day fewer remains after it.
    const span = (from: IsoDate) =>
      step.countsStartDay && step.days > 0 && (step.dayType === 'calendar' || isWorkingDay(from, calendar))
        ? step.days - 1
        : step.days;
    const end = roll(advance(start, span(start), step.dayType, counting));
    const statutoryEndWithRfi = roll(advance(startWithRfi, span(startWithRfi), step.dayType, counting));
    const endWithRfi =
      rfiMaxDays > 0
        ? roll(advance(statutoryEndWithRfi, rfiMaxDays, step.rfiDayType ?? step.dayType, counting))
        : statutoryEndWithRfi;

    ends.set(step.id, { end, endWithRfi });
    results.set(step.id, {
      id: step.id,
      label: step.label,
      start,
      end,
      startWithRfi,
      endWithRfi,
      days: step.days,
      dayType: step.dayType,
      rfiMaxDays,
    });
  }

  // Report steps in the data's order, whatever order they were computed in.
  const steps = pathway.steps.map((step) => results.get(step.id)).filter((s) => s !== undefined);
  const decisionWithRfi = steps.reduce((latest, s) => laterOf(latest, s.endWithRfi), submitted);
  return {
    pathwayId: pathway.id,
    holidayCalendar: calendar,
    submitted,
    steps,
    decision: steps.reduce((latest, s) => laterOf(latest, s.end), submitted),
    decisionWithRfi,
    warnings: calendarCoverageWarnings(
      calendar,
      Number(submitted.slice(0, 4)),
      Number(decisionWithRfi.slice(0, 4)),
    ),
  };
}
