import { describe, expect, it } from 'vitest';
import {
  expectedEventsAt,
  hazardFromMedian,
  uniformAccrual,
  type EventModel,
} from '../../../../src/engine/events';

/**
 * Independent check of the closed forms: the same expectations by brute-force numerical
 * integration (composite Simpson), written from the definitions rather than from hazard-model.ts.
 *   P(u) = ∫₀ᵘ h(s)·exp(−H(s) − δs) ds,   E(t) = ∫ P(t − e) dN(e).
 */
function simpson(f: (x: number) => number, a: number, b: number, n = 4000): number {
  if (b <= a) return 0;
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

function cumHazard(starts: number[], hazards: number[], s: number): number {
  let total = 0;
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1]! : Infinity;
    if (s <= starts[k]!) break;
    total += hazards[k]! * (Math.min(s, end) - starts[k]!);
  }
  return total;
}

/** P(u) by numerical integration, each hazard piece integrated separately (smooth within). */
function numericP(starts: number[], hazards: number[], dropout: number, u: number): number {
  let total = 0;
  for (let k = 0; k < starts.length; k++) {
    const a = starts[k]!;
    const b = Math.min(u, k + 1 < starts.length ? starts[k + 1]! : Infinity);
    if (b <= a) break;
    // Piece k's own hazard, also at its right end (where hazardAt would give the next piece's).
    total += simpson((s) => hazards[k]! * Math.exp(-cumHazard(starts, hazards, s) - dropout * s), a, b, 200);
  }
  return total;
}

function numericExpectedUniform(m: EventModel, n: number, months: number, t: number): number {
  const arm = (mult: number) => {
    const hazards = m.controlHazards.map((h) => h * mult);
    // P(t − e) has a kink where t − e crosses a piece start: integrate between kinks.
    const end = Math.min(t, months);
    const cuts = [0, ...m.pieceStarts.map((b) => t - b).filter((x) => x > 0 && x < end), end].sort(
      (a, b) => a - b,
    );
    let total = 0;
    for (let i = 0; i + 1 < cuts.length; i++)
      total += simpson(
        (e) => numericP(m.pieceStarts, hazards, m.dropoutHazard, t - e),
        cuts[i]!,
        cuts[i + 1]!,
        400,
      );
    return (n / months) * total;
  };
  return (1 - m.allocation) * arm(1) + m.allocation * arm(m.hazardRatio);
}

const exponential: EventModel = {
  pieceStarts: [0],
  controlHazards: [hazardFromMedian(12)],
  hazardRatio: 0.75,
  allocation: 0.5,
  dropoutHazard: 0,
};

describe('expected events, closed form', () => {
  it('matches the hand-derived formula for one arm, exponential hazard, uniform accrual, no dropout', () => {
    // E(t) = (n/A)(t − (1 − e^{−λt})/λ) for t ≤ A; n − (n/(Aλ))·e^{−λt}(e^{λA} − 1) for t ≥ A.
    const lambda = 0.05;
    const n = 600;
    const A = 24;
    const model: EventModel = {
      pieceStarts: [0],
      controlHazards: [lambda],
      hazardRatio: 1,
      allocation: 0,
      dropoutHazard: 0,
    };
    const hand = (t: number) =>
      t <= A
        ? (n / A) * (t - (1 - Math.exp(-lambda * t)) / lambda)
        : n - (n / (A * lambda)) * Math.exp(-lambda * t) * (Math.exp(lambda * A) - 1);
    const months = [0, 1, 6, 12, 23.5, 24, 30, 48, 120];
    const got = expectedEventsAt(model, uniformAccrual(n, A), months);
    got.forEach((g, i) => expect(Math.abs(g.expectedEvents - hand(months[i]!))).toBeLessThan(1e-6));
    // A number worked by hand: t = 12, λ = 0.05 → 25·(12 − (1 − e^{−0.6})/0.05) = e^{−0.6} = 0.5488116 → 25·(12 − 9.0237673) = 74.40582
    expect(got[3]!.expectedEvents).toBeCloseTo(25 * (12 - (1 - Math.exp(-0.6)) / 0.05), 9);
    expect(got[3]!.expectedEvents).toBeCloseTo(74.40582, 4);
  });

  it('two arms with dropout match numerical integration to 1e-6', () => {
    const model = { ...exponential, dropoutHazard: 0.01 };
    for (const t of [3, 12, 24, 36, 60]) {
      const closed = expectedEventsAt(model, uniformAccrual(600, 24), [t])[0]!.expectedEvents;
      expect(Math.abs(closed - numericExpectedUniform(model, 600, 24, t))).toBeLessThan(1e-6);
    }
  });

  it('piecewise exponential hazards with dropout match numerical integration to 1e-6', () => {
    const model: EventModel = {
      pieceStarts: [0, 6, 18],
      controlHazards: [0.03, 0.08, 0.05],
      hazardRatio: 0.7,
      allocation: 2 / 3,
      dropoutHazard: 0.005,
    };
    for (const t of [4, 10, 20, 30, 45]) {
      const closed = expectedEventsAt(model, uniformAccrual(450, 20), [t])[0]!.expectedEvents;
      expect(Math.abs(closed - numericExpectedUniform(model, 450, 20, t))).toBeLessThan(1e-6);
    }
  });

  it('a given accrual path (ramp then steady, with a batch) equals the sum of its pieces', () => {
    // Path: 100 patients uniformly over [0, 10], a batch of 50 at month 10, 150 over [10, 16].
    const path = [
      { month: 0, cumulative: 0 },
      { month: 10, cumulative: 100 },
      { month: 10, cumulative: 150 },
      { month: 16, cumulative: 300 },
    ];
    const t = 30;
    const closed = expectedEventsAt(exponential, path, [t])[0]!.expectedEvents;
    const part1 = numericExpectedUniform(exponential, 100, 10, t);
    const part3 = numericExpectedUniform(exponential, 150, 6, t - 10);
    const lambda = hazardFromMedian(12);
    const batch = 50 * (0.5 * (1 - Math.exp(-lambda * 20)) + 0.5 * (1 - Math.exp(-0.75 * lambda * 20)));
    expect(Math.abs(closed - (part1 + batch + part3))).toBeLessThan(1e-6);
  });

  it('is zero before accrual starts and never exceeds the patients enrolled', () => {
    const got = expectedEventsAt(exponential, uniformAccrual(600, 24), [0, 1000]);
    expect(got[0]!.expectedEvents).toBe(0);
    expect(got[1]!.expectedEvents).toBeLessThanOrEqual(600);
    expect(got[1]!.expectedEvents).toBeGreaterThan(599.99);
  });
});

describe('expected events from enrollment runs', () => {
  it('one site open from month 0: n − 1 uniform on [0, T] plus the last patient at T', async () => {
    const { expectedEventsFromRuns } = await import('../../../../src/engine/events');
    const enrollment = {
      runs: 2,
      sites: 1,
      lpiMonths: Float64Array.of(20, 20),
      activationMonths: Float32Array.of(0, 0),
      siteRates: Float32Array.of(3, 7),
    };
    const [got] = expectedEventsFromRuns(exponential, 300, enrollment, [30]);
    const lc = hazardFromMedian(12);
    const last = 0.5 * (1 - Math.exp(-lc * 10)) + 0.5 * (1 - Math.exp(-0.75 * lc * 10));
    expect(Math.abs(got! - (numericExpectedUniform(exponential, 299, 20, 30) + last))).toBeLessThan(1e-6);
  });
});
