import { describe, expect, it } from 'vitest';
import { computeClock, type ClockPathway } from '../../../../src/engine/regulatory';
import { ctrLike, singleStep } from './fixtures';

describe('RD-* verification cases (docs/verification.md)', () => {
  it('RD-1/RD-2: FDA IND in effect 30 calendar days after receipt (21 CFR 312.40(b))', () => {
    const fda = singleStep('US', 30, 'calendar');
    // Given receipt 2025-03-03: day 1 = 03-04, day 28 = 03-31, day 30 = 04-02
    expect(computeClock(fda, '2025-03-03').decision).toBe('2025-04-02');
    // Given receipt 2025-12-15: day 16 = 12-31, day 30 = 2026-01-14
    expect(computeClock(fda, '2025-12-15').decision).toBe('2026-01-14');
  });

  it('RD-3/RD-4: 30 and 90 working days, weekends only', () => {
    // From Mon 2025-03-03, WD 1 = Tue 03-04: Tue–Fri (4) + 5 full weeks (25) + Mon 04-14 = 30.
    // 90 WD: 4 + 17 full weeks (85) + Mon 07-07 = 90.
    expect(computeClock(singleStep('NONE', 30, 'working'), '2025-03-03').decision).toBe('2025-04-14');
    expect(computeClock(singleStep('NONE', 90, 'working'), '2025-03-03').decision).toBe('2025-07-07');
  });

  it('RD-5: Taiwan TFDA standard review, 45 calendar days', () => {
    // 2025-03-03 + 28 = 03-31, + 17 = 04-17
    expect(computeClock(singleStep('TW', 45, 'calendar'), '2025-03-03').decision).toBe('2025-04-17');
  });
});

describe('China NMPA: 60 working days, State Council calendar', () => {
  const nmpa = singleStep('CN', 60, 'working');

  it('spans Chinese New Year 2026 with its make-up Saturdays', () => {
    // Submitted Tue 2026-01-20. Jan 21–30: WD 1–8. Feb 2–13: WD 9–18. Sat 14 Feb (make-up): 19.
    // 15–23 Feb off. Feb 24–27: 20–23. Sat 28 Feb (make-up): 24. Mar 2–31: 25–46.
    // Apr 1–3: 47–49. 4–6 Apr (Qingming) off. Apr 7–10: 50–53, 13–17: 54–58, Mon 20: 59, Tue 21: 60.
    // (Weekends only would give 2026-04-14; cross-checked with a Python brute-force count.)
    expect(computeClock(nmpa, '2026-01-20').decision).toBe('2026-04-21');
  });

  it('spans Mid-Autumn and National Day 2026 with make-up Sun 20 Sep and Sat 10 Oct', () => {
    // Submitted Fri 2026-08-14. Aug 17–31: WD 1–11. Sep 1–18: 12–25. Sun 20 Sep: 26. Sep 21–24:
    // 27–30. 25–27 Sep off. Sep 28–30: 31–33. 1–7 Oct off. Oct 8–9: 34–35. Sat 10 Oct: 36.
    // Oct 12–30: 37–51. Nov 2–6: 52–56. Nov 9–12: 57–60 → Thu 2026-11-12.
    expect(computeClock(nmpa, '2026-08-14').decision).toBe('2026-11-12');
  });
});

describe('EU roll-forward (Reg. 1182/71 Art. 3(4)) at each step', () => {
  it('moves a Part I deadline on Easter Monday 2025 and a decision on Sunday', () => {
    // Submitted Tue 2025-02-25. Validation: +10 = Fri 03-07 (working, no move).
    // Part I: 03-07 + 45 = Mon 04-21, Easter Monday → Tue 04-22.
    // Decision: 04-22 + 5 = Sun 04-27 → Mon 04-28.
    const result = computeClock(ctrLike, '2025-02-25');
    expect(result.steps.map((s) => s.end)).toEqual(['2025-03-07', '2025-04-22', '2025-04-28']);
    expect(result.decision).toBe('2025-04-28');
  });

  it('adds each step’s RFI allowance before the next step starts', () => {
    // Validation + 15 d: 03-07 + 15 = Sat 03-22 → Mon 03-24.
    // Part I from 03-24: + 45 = Thu 05-08; + 31 RFI = Sun 06-08 → Whit Monday 06-09 → Tue 06-10.
    // Decision: 06-10 + 5 = Sun 06-15 → Mon 06-16.
    const result = computeClock(ctrLike, '2025-02-25');
    expect(result.steps.map((s) => s.endWithRfi)).toEqual(['2025-03-24', '2025-06-10', '2025-06-16']);
    expect(result.steps[1]?.startWithRfi).toBe('2025-03-24');
    expect(result.decisionWithRfi).toBe('2025-06-16');
  });

  it('without roll-forward the same steps may end on a holiday or weekend', () => {
    const plain: ClockPathway = {
      ...ctrLike,
      steps: ctrLike.steps.map((s) => ({ ...s, rollForward: false })),
    };
    // 03-07 → 04-21 (Easter Monday kept) → Sat 04-26
    expect(computeClock(plain, '2025-02-25').steps.map((s) => s.end)).toEqual([
      '2025-03-07',
      '2025-04-21',
      '2025-04-26',
    ]);
  });

  it('keeps or rolls a step ending on a Saturday', () => {
    // 2025-05-01 + 30 = Sat 05-31; rolled → Mon 06-02 (no US holiday on that day)
    expect(computeClock(singleStep('US', 30, 'calendar', false), '2025-05-01').decision).toBe('2025-05-31');
    expect(computeClock(singleStep('US', 30, 'calendar', true), '2025-05-01').decision).toBe('2025-06-02');
  });

  it('pauses over the informal winter clock-stop (23 Dec–7 Jan) only when asked', () => {
    const step = singleStep('DE', 45, 'calendar', true);
    // Off: 2025-12-10 + 45 = Sat 2026-01-24 → Mon 01-26.
    expect(computeClock(step, '2025-12-10').decision).toBe('2026-01-26');
    // On: Dec 11–22 count 1–12; 23 Dec–7 Jan skipped; Jan 8 = 13, so 45 = Jan 8 + 32 = Mon 02-09.
    expect(computeClock(step, '2025-12-10', { winterClockStop: true }).decision).toBe('2026-02-09');
  });
});

describe('step graph', () => {
  it('runs parallel steps from submission and waits for all predecessors', () => {
    const pathway: ClockPathway = {
      id: 'parallel',
      name: 'Parallel',
      holidayCalendar: 'US',
      steps: [
        { id: 'regulator', label: 'Regulator', days: 10, dayType: 'calendar', rollForward: false },
        { id: 'ethics', label: 'Ethics', days: 20, dayType: 'calendar', rollForward: false, after: [] },
        {
          id: 'activation',
          label: 'Activation',
          days: 5,
          dayType: 'calendar',
          rollForward: false,
          after: ['regulator', 'ethics'],
        },
      ],
    };
    // 2025-03-03: regulator ends 03-13, ethics 03-23; activation starts 03-23 and ends 03-28
    const result = computeClock(pathway, '2025-03-03');
    expect(result.steps.map((s) => [s.start, s.end])).toEqual([
      ['2025-03-03', '2025-03-13'],
      ['2025-03-03', '2025-03-23'],
      ['2025-03-23', '2025-03-28'],
    ]);
    expect(result.decision).toBe('2025-03-28');
    expect(result.decisionWithRfi).toBe('2025-03-28');
  });

  it('refuses bad input with a message naming the field', () => {
    expect(() => computeClock(singleStep('US', 30, 'calendar'), '2025-02-30')).toThrow(/submitted/);
    expect(() => computeClock(singleStep('ZZ', 30, 'calendar'), '2025-02-03')).toThrow(/holidayCalendar/);
    expect(() => computeClock(singleStep('US', -1, 'calendar'), '2025-02-03')).toThrow(/days/);
    const cyclic: ClockPathway = {
      id: 'c',
      name: 'c',
      holidayCalendar: 'US',
      steps: [
        { id: 'a', label: 'a', days: 1, dayType: 'calendar', rollForward: false, after: ['b'] },
        { id: 'b', label: 'b', days: 1, dayType: 'calendar', rollForward: false, after: ['a'] },
      ],
    };
    expect(() => computeClock(cyclic, '2025-02-03')).toThrow(/cycle/);
  });
});
