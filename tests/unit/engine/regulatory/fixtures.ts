import type { ClockPathway, ClockStepSpec } from '../../../../src/engine/regulatory';

/** A one-step pathway: `days` of `dayType` from submission. */
export function singleStep(
  calendar: string,
  days: number,
  dayType: ClockStepSpec['dayType'],
  rollForward = false,
): ClockPathway {
  return {
    id: 'single',
    name: 'Single step',
    holidayCalendar: calendar,
    steps: [{ id: 'review', label: 'Review', days, dayType, rollForward }],
  };
}

/** A CTR-like pathway (validation 10 + Part I 45 + decision 5 calendar days, roll-forward). */
export const ctrLike: ClockPathway = {
  id: 'eu-ctr-like',
  name: 'EU CTR-like (test fixture)',
  holidayCalendar: 'DE',
  steps: [
    {
      id: 'validation',
      label: 'Validation',
      days: 10,
      dayType: 'calendar',
      rollForward: true,
      rfiMaxDays: 15,
    },
    {
      id: 'part-1',
      label: 'Part I assessment',
      days: 45,
      dayType: 'calendar',
      rollForward: true,
      rfiMaxDays: 31,
    },
    { id: 'decision', label: 'Decision', days: 5, dayType: 'calendar', rollForward: true },
  ],
};
