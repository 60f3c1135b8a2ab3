import { describe, expect, it } from 'vitest';
import { tornado, type SensitivityParameter } from '../../../../src/engine/sensitivity';

// A function whose sensitivities are known by construction:
//   m1 = 3a + 0.5b − 10c   → swings over the ranges: a 3·1 = 3, b 0.5·10 = 5, c 10·0.2 = 2
//   m2 = 100a + c          → a 100, c 0.2, b 0
const BASE = { a: 0.5, b: 5, c: 0.1 };
const PARAMS: SensitivityParameter[] = [
  { id: 'a', label: 'A', low: 0, high: 1, unit: 'x', source: 'test' },
  { id: 'b', label: 'B', low: 0, high: 10, unit: 'y' },
  { id: 'c', label: 'C', low: 0, high: 0.2, unit: 'z' },
];
const f = (p: typeof BASE) => ({ m1: 3 * p.a + 0.5 * p.b - 10 * p.c, m2: 100 * p.a + p.c });

describe('tornado', () => {
  it('orders bars by swing, per metric', () => {
    // Given the known linear function
    let calls = 0;
    const r = tornado(BASE, PARAMS, (p) => (calls++, f(p)));
    // Then m1 ranks b (5), a (3), c (2) and m2 ranks a (100), c (0.2), b (0)
    expect(r.bars.m1!.map((b) => b.parameterId)).toEqual(['b', 'a', 'c']);
    expect(r.bars.m1!.map((b) => b.swing)).toEqual([5, 3, expect.closeTo(2, 12)]);
    expect(r.bars.m2!.map((b) => b.parameterId)).toEqual(['a', 'c', 'b']);
    // And the ends are reported against the base (m1 base = 1.5 + 2.5 − 1 = 3)
    expect(r.baseMetrics.m1).toBeCloseTo(3, 12);
    const c = r.bars.m1!.find((b) => b.parameterId === 'c')!;
    expect(c.metricAtLow).toBeCloseTo(4, 12); // c = 0 → 1.5 + 2.5
    expect(c.deltaHigh).toBeCloseTo(-1, 12); // c = 0.2 → 2
    expect(r.bars.m1![1]!.source).toBe('test');
    expect(r.evaluations).toBe(7);
    expect(calls).toBe(7);
  });

  it('keeps parameter order on ties and puts NaN swings last, infinite ones first', () => {
    // Given a metric that is flat in a and b, NaN at c's low end and infinite at d's high end
    const base = { a: 1, b: 1, c: 1, d: 1 };
    const params = ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id, low: 0, high: 2, unit: '' }));
    const r = tornado(base, params, (p) => ({ m: p.c === 0 ? NaN : p.d === 2 ? Infinity : 1 }));
    // Then d (∞) leads, a and b tie in input order, c (NaN) is last
    expect(r.bars.m!.map((b) => b.parameterId)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('is deterministic and supports nested parameter sets through a setter', () => {
    // Given parameters nested inside the base
    const base = { rates: { us: 1, jp: 2 } };
    const set = (b: typeof base, id: string, v: number) => ({ rates: { ...b.rates, [id]: v } });
    const params = [
      { id: 'us', label: 'US rate', low: 0.5, high: 1.5, unit: 'patients/site/month' },
      { id: 'jp', label: 'JP rate', low: 1, high: 4, unit: 'patients/site/month' },
    ];
    const evaluate = (p: typeof base) => ({ months: 100 / (p.rates.us + p.rates.jp) });
    // When run twice
    const r1 = tornado(base, params, evaluate, { set });
    const r2 = tornado(base, params, evaluate, { set });
    // Then JP (100/2 − 100/5 = 30) outranks US (100/2.5 − 100/3.5 ≈ 11.43), identically both times
    expect(r1).toEqual(r2);
    expect(r1.bars.months!.map((b) => b.parameterId)).toEqual(['jp', 'us']);
    expect(r1.bars.months![0]!.swing).toBeCloseTo(30, 12);
    // And the base object is untouched
    expect(base.rates).toEqual({ us: 1, jp: 2 });
  });

  it('rejects unknown or repeated parameter ids', () => {
    expect(() => tornado(BASE, [{ id: 'zz', label: 'Z', low: 0, high: 1, unit: '' }], f)).toThrow(/zz/);
    expect(() => tornado(BASE, [PARAMS[0]!, PARAMS[0]!], f)).toThrow(/twice/);
  });

  it('restricts to the requested metrics', () => {
    const r = tornado(BASE, PARAMS, f, { metrics: ['m2'] });
    expect(Object.keys(r.bars)).toEqual(['m2']);
  });
});
