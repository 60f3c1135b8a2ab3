import { describe, expect, it } from 'vitest';
import { referenceData } from '../../../../src/domain/reference/index';
import { isWorkingDay } from '../../../../src/engine/calendar';
import { computeClock } from '../../../../src/engine/regulatory';

describe('every shipped pathway (data/reference/pathways.json) runs on the clock engine', () => {
  it('computes dates on its holiday calendar for submissions across 2025–2030', () => {
    const submissions = ['2025-03-03', '2025-12-19', '2026-02-13', '2027-09-30', '2030-06-28'];
    for (const pathway of referenceData.pathways) {
      for (const submitted of submissions) {
        // When the clock runs
        const result = computeClock(pathway, submitted);
        // Then dates are ordered and working-day deadlines are working days
        expect(result.decision >= submitted, pathway.id).toBe(true);
        expect(result.decisionWithRfi >= result.decision, pathway.id).toBe(true);
        result.steps.forEach((step, i) => {
          const spec = pathway.steps[i];
          if (spec && spec.days > 0 && (spec.dayType === 'working' || spec.rollForward)) {
            expect(
              isWorkingDay(step.end, pathway.holidayCalendar),
              `${pathway.id} ${step.id} ${step.end}`,
            ).toBe(true);
          }
        });
      }
    }
  });

  it('reproduces RD-1 with the shipped FDA IND pathway', () => {
    const fda = referenceData.pathways.find((p) => p.id === 'fda-ind');
    expect(fda).toBeDefined();
    if (fda) expect(computeClock(fda, '2025-03-03').decision).toBe('2025-04-02');
  });
});
