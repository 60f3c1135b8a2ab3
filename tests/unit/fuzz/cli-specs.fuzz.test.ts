import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecast, ForecastNotApplicableError, parseForecastSpec } from '../../../src/engine/forecast';
import { formatSpecIssues, optimizerSpecSchema } from '../../../src/engine/optimizer/solver/spec';
import { FUZZ_SEED, applyMutations, expectPrototypeClean, expectReadable, mutationArb } from './fuzz-helpers';
import { FORECAST_SPEC, OPTIMIZER_SPEC } from './spec-fixtures';

const run = (numRuns: number) => ({ seed: FUZZ_SEED, numRuns });

const anyJson = fc.oneof(fc.anything({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 4 }));

/** Forecasting from an accepted spec may refuse a method, but only with a RangeError or a named "not applicable". */
function forecastOrExplain(input: Parameters<typeof forecast>[0]): void {
  try {
    const r = forecast(input, { method: 'approx' });
    expect(r.pReachByDeadline >= 0 && r.pReachByDeadline <= 1).toBe(true);
  } catch (error) {
    if (!(error instanceof ForecastNotApplicableError || error instanceof RangeError)) throw error;
    expectReadable(error.message);
  }
}

describe(
  'forecast and optimizer spec parsers under hostile input (fast-check, fixed seed)',
  { timeout: 60_000 },
  () => {
    it('parseForecastSpec never throws on arbitrary values; problems have a path and a readable message (2,000 runs)', () => {
      fc.assert(
        fc.property(anyJson, (value) => {
          const r = parseForecastSpec(value);
          if (!r.ok) {
            for (const p of r.problems) {
              expectReadable(p.path, 'path');
              expectReadable(p.message);
            }
          }
        }),
        run(2000),
      );
    });

    it('mutated forecast specs: rejected with named problems, or accepted and forecastable (1,500 runs)', () => {
      expect(parseForecastSpec(FORECAST_SPEC).ok).toBe(true);
      fc.assert(
        fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (mutations) => {
          const spec = JSON.parse(JSON.stringify(applyMutations(FORECAST_SPEC, mutations)));
          const r = parseForecastSpec(spec);
          if (r.ok) {
            // Accepted inputs must be within what the engine can run in bounded time.
            const sites = r.input.sites as Array<{ count: number }>;
            if (r.input.target <= 1000 && sites.reduce((n, g) => n + g.count, 0) <= 1000)
              forecastOrExplain({ ...r.input, countryCaps: undefined });
          } else {
            for (const p of r.problems) expectReadable(`${p.path}: ${p.message}`);
          }
          expectPrototypeClean();
        }),
        run(1500),
      );
    });

    it('optimizer spec: arbitrary and mutated specs give readable "path: message" lines, never a throw (2,500 runs)', () => {
      expect(optimizerSpecSchema.safeParse(OPTIMIZER_SPEC).success).toBe(true);
      const input = fc.oneof(
        anyJson,
        fc
          .array(mutationArb, { minLength: 1, maxLength: 3 })
          .map((m) => JSON.parse(JSON.stringify(applyMutations(OPTIMIZER_SPEC, m))) as unknown),
      );
      fc.assert(
        fc.property(input, (value) => {
          const r = optimizerSpecSchema.safeParse(value);
          if (!r.success) {
            const lines = formatSpecIssues(r.error);
            expect(lines.length).toBeGreaterThan(0);
            for (const line of lines) {
              expect(line).toMatch(/^\$[^:]*: \S/);
              expectReadable(line);
            }
          } else {
            // Accepted specs respect the documented bounds.
            const s = r.data;
            expect(s.successProbability >= 0.5 && s.successProbability < 1).toBe(true);
            for (const c of s.countries)
              expect(c.minSites <= c.maxSites && c.rateMean > 0 && Number.isFinite(c.rateMean)).toBe(true);
          }
        }),
        run(2500),
      );
    });
  },
);

/** Positive numbers across the whole double range, where overflow and underflow live. */
const wide = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: 1e-3, max: 1e3, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(1e-300, 5e-324, 1e-6, 1e6, 1e300, 1.7e308) },
);
const month = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: 0, max: 120, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1e-106, 1e6, 1e300) },
);

describe(
  'accepted specs at extreme magnitudes give sane results (fast-check, fixed seed)',
  { timeout: 60_000 },
  () => {
    it('mrct forecast spec: probabilities in [0, 1], no NaN quantiles, P10 ≤ P50 ≤ P90 (400 runs)', () => {
      let accepted = 0;
      const spec = fc.record({
        target: fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.constantFrom(10_000_000, 2 ** 53 - 1)),
        siteGroups: fc.array(
          fc.record({
            count: fc.integer({ min: 1, max: 50 }),
            shape: wide,
            rate: wide,
            opensAt: fc.oneof(
              month,
              fc.tuple(month, month).map(([a, b]) => ({ uniform: [Math.min(a, b), Math.max(a, b)] })),
            ),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        at: fc.array(month, { maxLength: 3 }),
        deadline: month,
      });
      fc.assert(
        fc.property(
          spec,
          fc.constantFrom<'auto' | 'approx' | 'monte-carlo'>('auto', 'approx', 'monte-carlo'),
          (raw, method) => {
            const parsed = parseForecastSpec(raw);
            if (!parsed.ok) return; // refused with a named problem: fine
            accepted++;
            let r;
            try {
              r = forecast(parsed.input, { method, runs: 200, seed: 1 });
            } catch (error) {
              if (!(error instanceof ForecastNotApplicableError || error instanceof RangeError)) throw error;
              expectReadable((error as Error).message);
              return;
            }
            const t = r.timeToTarget;
            for (const q of [t.p10, t.p50, t.p90])
              expect(Number.isNaN(q), `quantile NaN for ${JSON.stringify(raw)}`).toBe(false);
            expect(t.p10 <= t.p50 && t.p50 <= t.p90, `quantiles ordered for ${JSON.stringify(raw)}`).toBe(
              true,
            );
            expect(
              r.pReachByDeadline >= 0 && r.pReachByDeadline <= 1,
              `P(deadline) = ${r.pReachByDeadline} for ${JSON.stringify(raw)}`,
            ).toBe(true);
            for (const a of r.at ?? [])
              expect(
                a.pReachTarget >= 0 && a.pReachTarget <= 1,
                `P(at ${a.month}) = ${a.pReachTarget} for ${JSON.stringify(raw)}`,
              ).toBe(true);
          },
        ),
        run(400),
      );
      expect(accepted, 'enough accepted specs to mean something').toBeGreaterThan(150);
    });
  },
);

describe('regressions found by fuzzing the forecast spec', () => {
  it('a billion sites is refused by the spec instead of exhausting memory', () => {
    // Given count 1e9 (mrct forecast allocated gigabytes and died silently)
    const r = parseForecastSpec({ target: 50, siteGroups: [{ count: 1e9, shape: 2, rate: 4 }] });
    // Then the spec names the field and the limit
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toContainEqual({
      path: 'siteGroups[0].count',
      message: 'must be ≤ 100,000 sites',
    });
  });

  it('priors beyond any trial (rate 5e-324, shape 1e300 or 1e-300) are refused by name', () => {
    const problems = (g: object) => {
      const r = parseForecastSpec({ target: 5, siteGroups: [{ count: 1, ...g }] });
      return r.ok ? [] : r.problems.map((p) => p.path);
    };
    expect(problems({ shape: 0.0035, rate: 5e-324 })).toContain('siteGroups[0].rate');
    expect(problems({ shape: 1e300, rate: 1e299 })).toContain('siteGroups[0].shape');
    expect(problems({ shape: 1e-300, rate: 1 })).toContain('siteGroups[0].shape');
  });

  it('approx: P(count ≥ 1) a hair after the first opening is 0, not NaN', () => {
    // Given the counterexample: two single-site groups with uniform openings, asked at 1.9e-106 months
    const parsed = parseForecastSpec({
      target: 1,
      siteGroups: [
        { count: 1, shape: 0.001, rate: 0.001, opensAt: { uniform: [0, 1_000_000] } },
        { count: 1, shape: 0.001, rate: 0.001, opensAt: { uniform: [0, 5.56268464626801e-309] } },
      ],
      at: [1.949659559117061e-106],
      deadline: 0,
    });
    if (!parsed.ok) throw new Error('spec should be valid');
    // When forecast by the moment-matched approximation
    const r = forecast(parsed.input, { method: 'approx', curveMonths: [1e-106] });
    // Then P(count ≥ 1) ≈ E[count] ≈ 2e-106 (a number, not NaN), P(by month 0) = 0 and the curve is 0
    expect(r.at![0]!.pReachTarget).toBeGreaterThanOrEqual(0);
    expect(r.at![0]!.pReachTarget).toBeLessThan(1e-100);
    expect(r.pReachByDeadline).toBe(0);
    expect(r.curve[0]!.p90).toBe(0);
  });
});
