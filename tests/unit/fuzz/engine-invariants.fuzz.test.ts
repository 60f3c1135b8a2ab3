import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import sample from '../../../data/sample-workspace.json';
import { parseWorkspaceFile } from '../../../src/domain/workspace/index';
import { forecast, type ForecastResult, type SiteGroup } from '../../../src/engine/forecast';
import {
  method1ConditionalProbability,
  method1Probability,
  method2Probability,
  shareProbabilityFromCounts,
  shareProbabilityFromMoments,
} from '../../../src/engine/consistency';
import { scenarioMarketShares } from '../../../src/engine/optimizer/from-workspace';
import { computeCost, type CostInput, type CostOutcome, AU_RDTI_DEFAULT } from '../../../src/engine/cost';
import { FUZZ_SEED } from './fuzz-helpers';

const run = (numRuns: number) => ({ seed: FUZZ_SEED, numRuns });
const inUnit = (p: number) => p >= 0 && p <= 1;
const EPS = 1e-9;

const opening = fc.oneof(
  fc.double({ min: 0, max: 12, noNaN: true }),
  fc
    .tuple(fc.double({ min: 0, max: 12, noNaN: true }), fc.double({ min: 0, max: 12, noNaN: true }))
    .map(([a, b]) => ({ kind: 'uniform' as const, min: Math.min(a, b), max: Math.max(a, b) })),
);
const group: fc.Arbitrary<SiteGroup> = fc.record({
  count: fc.integer({ min: 1, max: 15 }),
  shape: fc.double({ min: 0.3, max: 8, noNaN: true }),
  rate: fc.double({ min: 0.3, max: 10, noNaN: true }),
  opensAt: opening,
  countryId: fc.constantFrom('US', 'DE', 'JP'),
});
const plan = fc.record({
  target: fc.integer({ min: 5, max: 150 }),
  sites: fc.array(group, { minLength: 1, maxLength: 4 }),
  deadline: fc.double({ min: 1, max: 60, noNaN: true }),
  months: fc
    .uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 2, maxLength: 6 })
    .map((m) => m.sort((a, b) => a - b)),
});

/** The invariants every forecast must satisfy, whatever the method. */
function checkForecast(r: ForecastResult, label: string): void {
  const t = r.timeToTarget;
  expect(inUnit(r.pReachByDeadline), `${label}: P(deadline) = ${r.pReachByDeadline}`).toBe(true);
  expect(
    t.p10 <= t.p50 + EPS && t.p50 <= t.p90 + EPS,
    `${label}: time quantiles ${t.p10} ${t.p50} ${t.p90}`,
  ).toBe(true);
  for (const a of r.at ?? []) expect(inUnit(a.pReachTarget), `${label}: P(at ${a.month})`).toBe(true);
  r.curve.forEach((c, i) => {
    expect(c.p10 <= c.p50 && c.p50 <= c.p90, `${label}: curve quantiles at ${c.month}`).toBe(true);
    if (i > 0)
      expect(c.mean >= r.curve[i - 1]!.mean - EPS, `${label}: curve mean falls at ${c.month}`).toBe(true);
  });
}

describe('forecast invariants (fast-check, fixed seed)', { timeout: 60_000 }, () => {
  it('approx and Monte Carlo: probabilities in [0, 1], quantiles ordered, curve means non-decreasing (150 + 60 runs)', () => {
    fc.assert(
      fc.property(plan, ({ target, sites, deadline, months }) => {
        const r = forecast(
          { target, sites, deadline, at: months },
          { method: 'approx', curveMonths: months },
        );
        checkForecast(r, 'approx');
        for (let i = 1; i < (r.at ?? []).length; i++)
          expect(r.at![i]!.pReachTarget >= r.at![i - 1]!.pReachTarget - EPS).toBe(true);
      }),
      run(150),
    );
    fc.assert(
      fc.property(plan, ({ target, sites, deadline, months }) => {
        checkForecast(
          forecast(
            { target, sites, deadline, at: months },
            { method: 'monte-carlo', runs: 300, seed: 3, curveMonths: months },
          ),
          'monte-carlo',
        );
      }),
      run(60),
    );
  });

  it('exact: P(count ≥ n at t) is non-decreasing in t and in [0, 1] (200 runs)', () => {
    fc.assert(
      fc.property(plan, fc.integer({ min: 1, max: 60 }), ({ target, sites, deadline, months }, count) => {
        const only = { ...sites[0]!, count, opensAt: 2 };
        const r = forecast(
          { target, sites: [only], deadline, at: months },
          { method: 'exact', curveMonths: months },
        );
        expect(r.method).toBe('exact');
        checkForecast(r, 'exact');
        const ps = r.at!.map((a) => a.pReachTarget);
        for (let i = 1; i < ps.length; i++)
          expect(ps[i]! >= ps[i - 1]! - EPS, `P at ${months.join(',')}: ${ps.join(',')}`).toBe(true);
      }),
      run(200),
    );
  });

  it('approx: one more site never raises the median time to target (200 runs)', () => {
    fc.assert(
      fc.property(plan, group, ({ target, sites, deadline }, extra) => {
        const before = forecast({ target, sites, deadline }, { method: 'approx' });
        const after = forecast(
          { target, sites: [...sites, { ...extra, count: 1 }], deadline },
          { method: 'approx' },
        );
        expect(after.timeToTarget.p50, 'median with one more site').toBeLessThanOrEqual(
          before.timeToTarget.p50 * (1 + 1e-9) + 1e-9,
        );
        expect(after.timeToTarget.p10).toBeLessThanOrEqual(before.timeToTarget.p10 * (1 + 1e-9) + 1e-9);
      }),
      run(200),
    );
  });

  it('Monte Carlo: one more site never lowers P(target by deadline) beyond sampling noise (25 runs, 4,000 draws each)', () => {
    fc.assert(
      fc.property(plan, group, ({ target, sites, deadline }, extra) => {
        // Same seed, so common random numbers for the shared sites; 4 standard errors of slack.
        const before = forecast(
          { target, sites, deadline },
          { method: 'monte-carlo', runs: 4000, seed: 9 },
        ).pReachByDeadline;
        const after = forecast(
          { target, sites: [...sites, { ...extra, count: 1 }], deadline },
          { method: 'monte-carlo', runs: 4000, seed: 9 },
        ).pReachByDeadline;
        expect(after).toBeGreaterThanOrEqual(before - 4 * Math.sqrt((before * (1 - before)) / 4000) - 1e-12);
      }),
      run(25),
    );
  });

  // KNOWN LIMITATION, found by this fuzzing and NOT fixed (it needs a different approximation, not a
  // patch): the approx method matches Λ(t) with ONE Gamma, which cannot hold the point mass at 0 of
  // a site that may not have opened yet, so adding such a site can LOWER P(target by deadline).
  // Monte Carlo on the same input shows P rising. `it.fails` keeps the counterexample on record and
  // turns red the day the approximation becomes monotone (then make it a plain `it`).
  it.fails(
    'approx: adding a site with a random opening never lowers P(target by deadline) — known to fail',
    () => {
      const sites: SiteGroup[] = [
        { count: 2, shape: 6.8069714750925305, rate: 0.8339292505845144, opensAt: 0 },
      ];
      const extra: SiteGroup = {
        count: 1,
        shape: 6.666196705534865,
        rate: 0.3,
        opensAt: { kind: 'uniform', min: 0, max: 12 },
      };
      const input = { target: 37, deadline: 3.7015105320065342 };
      const approxBefore = forecast({ ...input, sites }, { method: 'approx' }).pReachByDeadline; // ≈ 0.923
      const approxAfter = forecast(
        { ...input, sites: [...sites, extra] },
        { method: 'approx' },
      ).pReachByDeadline; // ≈ 0.902
      const mcBefore = forecast(
        { ...input, sites },
        { method: 'monte-carlo', runs: 20_000, seed: 1 },
      ).pReachByDeadline;
      const mcAfter = forecast(
        { ...input, sites: [...sites, extra] },
        { method: 'monte-carlo', runs: 20_000, seed: 1 },
      ).pReachByDeadline;
      expect(mcAfter).toBeGreaterThan(mcBefore); // the truth: more sites, higher P (this line passes)
      expect(approxAfter).toBeGreaterThanOrEqual(approxBefore); // the approximation: fails (0.902 < 0.923)
    },
  );
});

describe(
  'consistency and market-share probabilities stay in [0, 1] (fast-check, fixed seed)',
  { timeout: 60_000 },
  () => {
    const fraction = fc.double({ min: 1e-6, max: 1, noNaN: true });
    const design = fc.record({
      power: fc.double({ min: 0.01, max: 0.999, noNaN: true }),
      alpha: fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
    });

    it('MHLW Method 1 (unconditional and conditional) and Method 2 (1,000 runs)', () => {
      fc.assert(
        fc.property(
          fraction,
          fc.double({ min: 0, max: 1, noNaN: true }),
          design,
          fc.array(fraction, { minLength: 1, maxLength: 6 }),
          (f, pi, d, raw) => {
            expect(inUnit(method1Probability(f, pi, d))).toBe(true);
            const conditional = method1ConditionalProbability(f, pi, d);
            expect(
              inUnit(conditional),
              `conditional P = ${conditional} for f=${f}, π=${pi}, ${JSON.stringify(d)}`,
            ).toBe(true);
            const total = raw.reduce((a, b) => a + b, 0);
            expect(
              inUnit(
                method2Probability(
                  raw.map((x) => x / total),
                  d,
                ),
              ),
            ).toBe(true);
          },
        ),
        run(1000),
      );
    });

    it('share probabilities from moments and from counts (1,000 runs)', () => {
      // Variances from 0 or 1e-6 × m(1 − m) up: at 1e-259 the incomplete beta's parameters reach 1e258.
      const relVar = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true }));
      fc.assert(
        fc.property(
          fc.double({ min: 0, max: 1, noNaN: true }),
          relVar,
          fc.double({ min: -0.5, max: 1.5, noNaN: true }),
          fc.double({ min: 0, max: 1e4, noNaN: true }),
          fc.double({ min: 0, max: 1e4, noNaN: true }),
          (m, v, s, a, b) => {
            expect(inUnit(shareProbabilityFromMoments(m, v * m * (1 - m) * 1.5, s))).toBe(true);
            expect(
              inUnit(
                shareProbabilityFromCounts({ mean: a, variance: a * (1 + v) }, { mean: b, variance: b }, s),
              ),
            ).toBe(true);
          },
        ),
        run(1000),
      );
    });

    it('scenario market shares of the sample with random required shares (6 runs × 2 scenarios, 300 Monte Carlo runs each)', () => {
      const parsed = parseWorkspaceFile(JSON.stringify(sample));
      if (!parsed.ok) throw new Error('sample must parse');
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 2 }),
          (shares) => {
            const ws = structuredClone(parsed.workspace);
            ws.filingMarkets.forEach((m, i) => (m.minShare = shares[i % shares.length]!));
            for (const scenario of ws.scenarios) {
              for (const m of scenarioMarketShares(ws, scenario.id, { runs: 300, seed: 5 }).markets) {
                expect(inUnit(m.probability) && inUnit(m.expectedShare) && m.p10 <= m.p90).toBe(true);
              }
            }
          },
        ),
        run(6),
      );
    });
  },
);

describe('cost and override validation (fast-check, fixed seed)', { timeout: 60_000 }, () => {
  const money = fc.double({ min: 0, max: 1e6, noNaN: true });
  const share = fc.double({ min: 0, max: 1, noNaN: true });
  const country = (iso2: string, currency: string) =>
    fc.record({
      iso2: fc.constant(iso2),
      currency: fc.constant(currency),
      fxPerUsd: fc.double({ min: 0.01, max: 5000, noNaN: true }),
      siteStartupFee: money,
      perPatientScreening: money,
      perPatientTreatment: money,
      perPatientFollowUp: money,
      perScreenFailureCost: fc.option(money, { nil: undefined }),
      screenFailureRate: fc.double({ min: 0, max: 0.95, noNaN: true }),
      monthlySiteCost: money,
      monitoringVisitsPerSiteMonth: fc.double({ min: 0, max: 4, noNaN: true }),
      monitoringVisitCost: money,
      regulatoryFee: fc.option(money, { nil: undefined }),
      ethicsFee: fc.option(money, { nil: undefined }),
      ethicsFeeBasis: fc.constantFrom<'country' | 'site'>('country', 'site'),
      croId: fc.option(fc.constant('C1'), { nil: undefined }),
    });
  const input: fc.Arbitrary<CostInput> = fc.record({
    reportingCurrency: fc.constant('USD'),
    reportingPerUsd: fc.double({ min: 0.01, max: 100, noNaN: true }),
    countries: fc.tuple(country('US', 'USD'), country('AU', 'AUD'), country('JP', 'JPY')).map((c) => [...c]),
    cros: fc
      .record({
        id: fc.constant('C1'),
        managementFeePct: share,
        monitoringPerSiteMonthUsd: money,
        passThroughMarkupPct: share,
        fxPolicy: fc.constantFrom('pass-through' as const, 'fixed-at-contract' as const, 'hedged' as const),
      })
      .map((c) => [c]),
    sponsor: fc.record({
      aggregatedTurnoverAud: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: undefined }),
      hasAustralianEntity: fc.boolean(),
    }),
    incentives: fc.constant([AU_RDTI_DEFAULT]),
  });
  const outcome: fc.Arbitrary<CostOutcome> = fc.record({
    sites: fc.array(
      fc.record({
        iso2: fc.constantFrom('US', 'AU', 'JP'),
        activated: fc.boolean(),
        openMonths: fc.double({ min: 0, max: 60, noNaN: true }),
      }),
      { maxLength: 20 },
    ),
    patients: fc.record({
      US: fc
        .nat({ max: 500 })
        .chain((r) =>
          fc.record({ randomised: fc.constant(r), screened: fc.integer({ min: r, max: r * 3 + 1 }) }),
        ),
      AU: fc
        .nat({ max: 500 })
        .chain((r) =>
          fc.record({ randomised: fc.constant(r), screened: fc.integer({ min: r, max: r * 3 + 1 }) }),
        ),
      JP: fc
        .nat({ max: 500 })
        .chain((r) =>
          fc.record({ randomised: fc.constant(r), screened: fc.integer({ min: r, max: r * 3 + 1 }) }),
        ),
    }),
  });

  it('computeCost: net total ≥ 0, gross ≥ net, every category but the incentive ≥ 0 (1,000 runs)', () => {
    fc.assert(
      fc.property(input, outcome, (i, o) => {
        const c = computeCost(i, o);
        expect(c.total, `total ${c.total}`).toBeGreaterThanOrEqual(0);
        expect(c.grossTotal).toBeGreaterThanOrEqual(c.total - 1e-6);
        for (const [k, v] of Object.entries(c.byCategory)) {
          expect(Number.isFinite(v), `${k} finite`).toBe(true);
          if (k !== 'incentive') expect(v, k).toBeGreaterThanOrEqual(0);
        }
      }),
      run(1000),
    );
  });
});

describe('regressions found by the engine properties', () => {
  it('approx forecast with a uniform opening of denormal width [0, 5e-324] is a fixed opening, not NaN', () => {
    const r = forecast(
      {
        target: 5,
        sites: [{ count: 1, shape: 0.3, rate: 0.3, opensAt: { kind: 'uniform', min: 0, max: 5e-324 } }],
        deadline: 1,
        at: [1],
      },
      { method: 'approx', curveMonths: [1] },
    );
    // Then E[count at 1 month] = α/β × 1 = 1 patient, as for a site opening at month 0
    expect(r.curve[0]!.mean).toBeCloseTo(1, 12);
    expect(r.curve[0]!.p90).toBe(3);
    expect(Number.isNaN(r.at![0]!.mean)).toBe(false);
  });

  it('conditional Method 1 probability is at most 1 (was 1.0000000000000002 at power 0.01)', () => {
    expect(
      method1ConditionalProbability(0.8102871017074621, 0, { power: 0.01, alpha: 0.0001 }),
    ).toBeLessThanOrEqual(1);
  });

  it('share probability from moments is ≥ 0 for a tiny mean share (was −4.7e-10) and finite for a denormal one (was NaN)', () => {
    const m = 2.8950418796623404e-300;
    expect(shareProbabilityFromMoments(m, 1.5e-6 * m, 5e-324)).toBeGreaterThanOrEqual(0);
    expect(shareProbabilityFromMoments(5e-324, 5e-324, 5e-324)).toBe(5e-324);
  });
});
