import { createRng } from '../../../../../src/engine/optimizer/solver/rng';
import { optimizerSpecSchema, type OptimizerSpec } from '../../../../../src/engine/optimizer/solver/spec';

/** The example country plus three more — a 4-country problem. */
export function fourCountrySpec(extra: Record<string, unknown> = {}): OptimizerSpec {
  return optimizerSpecSchema.parse({
    target: 120,
    windowMonths: 18,
    successProbability: 0.85,
    countries: [
      {
        id: 'A',
        rateMean: 1.0,
        rateVariance: 0.2,
        minSites: 0,
        maxSites: 8,
        siteStartupCost: 15000,
        siteMonthlyCost: 3000,
        perPatientCost: 1000,
        dropoutRate: 0.01,
        opensAt: { uniform: [0, 6] },
      },
      {
        id: 'B',
        rateMean: 0.6,
        rateVariance: 0.3,
        minSites: 1,
        maxSites: 10,
        siteStartupCost: 8000,
        siteMonthlyCost: 1500,
        perPatientCost: 800,
        dropoutRate: 0.05,
        opensAt: { uniform: [2, 8] },
      },
      {
        id: 'JP',
        rateMean: 0.4,
        rateVariance: 0.05,
        minSites: 0,
        maxSites: 8,
        siteStartupCost: 30000,
        siteMonthlyCost: 4000,
        perPatientCost: 2500,
        dropoutRate: 0.02,
        opensAt: 4,
      },
      {
        id: 'D',
        rateMean: 1.4,
        rateVariance: 1.0,
        minSites: 0,
        maxSites: 5,
        siteStartupCost: 20000,
        siteMonthlyCost: 2500,
        perPatientCost: 1200,
        dropoutRate: 0.1,
        opensAt: { uniform: [1, 3] },
      },
    ],
    ...extra,
  });
}

/** Random small problems (2–4 countries, max ≤ 7 sites) for brute-force comparisons. */
export function randomSmallSpec(seed: number, withRegion: boolean): OptimizerSpec {
  const rng = createRng(seed);
  const nc = 2 + Math.floor(rng.next() * 3);
  return optimizerSpecSchema.parse({
    target: 20 + Math.floor(rng.next() * 100),
    windowMonths: 8 + rng.next() * 16,
    successProbability: 0.5 + rng.next() * 0.45,
    countries: Array.from({ length: nc }, (_, i) => ({
      id: `C${i}`,
      rateMean: 0.3 + rng.next() * 1.5,
      rateVariance: rng.next() * 0.8,
      minSites: Math.floor(rng.next() * 2),
      maxSites: 2 + Math.floor(rng.next() * 6),
      siteStartupCost: 5000 + rng.next() * 30000,
      siteMonthlyCost: 1000 + rng.next() * 4000,
      perPatientCost: 500 + rng.next() * 3000,
      dropoutRate: rng.next() * 0.2,
      opensAt: rng.next() < 0.5 ? { uniform: [0, 2 + rng.next() * 6] } : rng.next() * 4,
    })),
    regions: withRegion
      ? [
          {
            id: 'R',
            countries: ['C0'],
            minShare: 0.1 + rng.next() * 0.3,
            ...(rng.next() < 0.5 ? { minProbability: 0.5 + rng.next() * 0.4 } : {}),
          },
        ]
      : [],
  });
}

/** 40 countries × up to 30 sites, with a two-country regional share requirement. */
export function largeSpec(target = 800, seed = 42): OptimizerSpec {
  const rng = createRng(seed);
  return optimizerSpecSchema.parse({
    target,
    windowMonths: 24,
    successProbability: 0.85,
    countries: Array.from({ length: 40 }, (_, i) => ({
      id: `C${i}`,
      rateMean: 0.2 + rng.next() * 1.2,
      rateVariance: 0.05 + rng.next() * 0.5,
      minSites: 0,
      maxSites: 30,
      siteStartupCost: 10000 + rng.next() * 30000,
      siteMonthlyCost: 1500 + rng.next() * 4000,
      perPatientCost: 800 + rng.next() * 4000,
      dropoutRate: rng.next() * 0.15,
      opensAt: { uniform: [rng.next() * 3, 3 + rng.next() * 6] },
    })),
    regions: [{ id: 'JP', countries: ['C0', 'C1'], minShare: 0.15 }],
  });
}

/** Every mix in the box [min, max], by enumeration. */
export function* allMixes(min: readonly number[], max: readonly number[]): Generator<number[]> {
  const cur = min.slice();
  for (;;) {
    yield cur.slice();
    let i = 0;
    while (i < cur.length && cur[i] === max[i]) {
      cur[i] = min[i] as number;
      i++;
    }
    if (i === cur.length) return;
    cur[i] = (cur[i] as number) + 1;
  }
}
