import { describe, expect, it } from 'vitest';
import { getPathway } from '../../../../src/domain/reference/index';
import { computeClock, hgrRequirement } from '../../../../src/engine/regulatory';

describe('regulatory clock rules (issue #16)', () => {
  it('EU CTR: the reporting member state’s holidays move a deadline (NL King’s Day 27 Apr 2026 vs DE)', () => {
    const p = getPathway('eu-ctr-part-i')!;
    // Submitted 18 Feb 2026: the 5-day decision step ends on Mon 27 Apr, a Dutch holiday (King's Day)
    // but a German working day; roll-forward (Reg. 1182/71 Art. 3(4)) moves only the Dutch deadline.
    expect(computeClock(p, '2026-02-18', { holidayCalendar: 'DE' }).decision).toBe('2026-04-27');
    expect(computeClock(p, '2026-02-18', { holidayCalendar: 'NL' }).decision).toBe('2026-04-28');
  });

  it('Korea: the day of receipt counts as day 1 (Civil Petitions Treatment Act Art. 19(2))', () => {
    const p = getPathway('mfds-ind')!;
    const counted = computeClock(p, '2026-03-03').decision;
    const notCounted = computeClock(
      { ...p, steps: p.steps.map((s) => ({ ...s, countsStartDay: false })) },
      '2026-03-03',
    ).decision;
    expect(counted).toBe('2026-04-13');
    expect(notCounted).toBe('2026-04-14');
  });

  it('NMPA: the 60-working-day clock runs from acceptance, 5 working days after submission', () => {
    const r = computeClock(getPathway('nmpa-ind-60wd')!, '2026-03-02');
    expect(r.steps.map((s) => s.id)).toEqual(['cde-acceptance', 'cde-review']);
    expect(r.steps[0]!.end).toBe('2026-03-09'); // Mon 2 Mar + 5 working days
    expect(r.steps[1]!.start).toBe('2026-03-09');
  });

  it('China HGR: none, filing or approval by scope', () => {
    const base = { foreignParty: true, usesHgr: true, forMarketingInChina: true, exportsMaterials: false };
    expect(hgrRequirement(base).requirement).toBe('filing');
    expect(hgrRequirement({ ...base, exportsMaterials: true })).toMatchObject({
      requirement: 'approval',
      exportApproval: true,
    });
    expect(hgrRequirement({ ...base, forMarketingInChina: false }).requirement).toBe('approval');
    expect(hgrRequirement({ ...base, foreignParty: false }).requirement).toBe('none');
    expect(hgrRequirement({ ...base, usesHgr: false }).requirement).toBe('none');
  });
});
