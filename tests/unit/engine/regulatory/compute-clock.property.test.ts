import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, isWorkingDay, toDayNumber } from '../../../../src/engine/calendar';
import { computeClock, type ClockPathway, type ClockStepSpec } from '../../../../src/engine/regulatory';

const CALENDARS = ['CN', 'DE', 'GB', 'JP', 'KR', 'TW', 'US', 'BR', 'NONE'] as const;
const FIRST_DAY = toDayNumber('2025-01-01');
const LAST_DAY = toDayNumber('2029-06-30');

const dateArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(fromDayNumber);
const stepArb = fc.record({
  days: fc.integer({ min: 0, max: 120 }),
  dayType: fc.constantFrom<ClockStepSpec['dayType']>('calendar', 'working'),
  rollForward: fc.boolean(),
  rfiMaxDays: fc.integer({ min: 0, max: 60 }),
  rfiDayType: fc.constantFrom<ClockStepSpec['dayType']>('calendar', 'working'),
});
const pathwayArb = fc
  .record({
    calendar: fc.constantFrom(...CALENDARS),
    steps: fc.array(stepArb, { minLength: 1, maxLength: 4 }),
  })
  .map(({ calendar, steps }): ClockPathway => ({
    id: 'p',
    name: 'random',
    holidayCalendar: calendar,
    steps: steps.map((s, i) => ({ ...s, id: `s${i}`, label: `Step ${i}` })),
  }));
const options = { seed: 20250303, numRuns: 300 };

describe('computeClock properties (fast-check, fixed seed)', () => {
  it('decision ≥ submission and decisionWithRfi ≥ decision, step by step', () => {
    fc.assert(
      fc.property(pathwayArb, dateArb, fc.boolean(), (pathway, submitted, winterClockStop) => {
        const result = computeClock(pathway, submitted, { winterClockStop });
        expect(result.decision >= submitted).toBe(true);
        expect(result.decisionWithRfi >= result.decision).toBe(true);
        for (const step of result.steps) {
          expect(step.end >= step.start).toBe(true);
          expect(step.endWithRfi >= step.end).toBe(true);
        }
      }),
      options,
    );
  });

  it('a working-day or rolled-forward deadline is a working day', () => {
    fc.assert(
      fc.property(pathwayArb, dateArb, (pathway, submitted) => {
        const result = computeClock(pathway, submitted);
        result.steps.forEach((step, i) => {
          const spec = pathway.steps[i];
          if (!spec || (spec.days === 0 && !spec.rollForward)) return;
          if (spec.dayType === 'working' || spec.rollForward) {
            expect(isWorkingDay(step.end, pathway.holidayCalendar), `${step.id} ${step.end}`).toBe(true);
          }
        });
      }),
      options,
    );
  });

  it('is monotone in the submission date', () => {
    fc.assert(
      fc.property(pathwayArb, dateArb, fc.integer({ min: 0, max: 40 }), (pathway, submitted, gap) => {
        const later = fromDayNumber(toDayNumber(submitted) + gap);
        const a = computeClock(pathway, submitted);
        const b = computeClock(pathway, later);
        expect(b.decision >= a.decision).toBe(true);
        expect(b.decisionWithRfi >= a.decisionWithRfi).toBe(true);
      }),
      options,
    );
  });
});
