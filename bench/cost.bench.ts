/**
 * costDistribution speed: 10,000 Monte Carlo runs × 200 sites over 8 countries (one Australian
 * with the R&D incentive). Run: `npx tsx bench/cost.bench.ts`.
 */
import { AU_RDTI_DEFAULT, costDistribution, type CostInput, type CountryCostInput } from '../src/engine/cost';
import { Sfc32, sampleUniform } from '../src/engine/random';

const RUNS = 10_000;
const SITES = 200;
const ISO = ['US', 'AU', 'DE', 'PL', 'JP', 'KR', 'BR', 'ES'];

function country(iso2: string, i: number): CountryCostInput {
  return {
    iso2,
    currency: iso2 === 'AU' ? 'AUD' : 'USD',
    fxPerUsd: iso2 === 'AU' ? 1.54 : 1,
    siteStartupFee: 20_000,
    perPatientScreening: 1_000,
    perPatientTreatment: 7_000 + 1_000 * i,
    perPatientFollowUp: 2_000,
    screenFailureRate: 0.3,
    monthlySiteCost: 2_000,
    monitoringVisitsPerSiteMonth: 0.5,
    monitoringVisitCost: 1_800,
    regulatoryFee: 1_000,
    ethicsFee: 3_000,
    ethicsFeeBasis: i % 2 === 0 ? 'site' : 'country',
    croId: i % 3 === 0 ? undefined : 'CRO',
  };
}

export async function run(): Promise<void> {
  const input: CostInput = {
    reportingCurrency: 'USD',
    reportingPerUsd: 1,
    countries: ISO.map(country),
    cros: [
      {
        id: 'CRO',
        managementFeePct: 0.15,
        monitoringPerSiteMonthUsd: 2_500,
        passThroughMarkupPct: 0.08,
        fxPolicy: 'pass-through',
      },
    ],
    sponsor: { aggregatedTurnoverAud: 12_000_000, hasAustralianEntity: true },
    incentives: [AU_RDTI_DEFAULT],
    horizonMonths: 60,
  };
  const rng = new Sfc32(7);
  const lpiMonths = new Float64Array(RUNS);
  const activationMonths = new Float32Array(RUNS * SITES);
  const siteCountry = Int32Array.from({ length: SITES }, (_, s) => s % ISO.length);
  for (let r = 0; r < RUNS; r++) {
    lpiMonths[r] = rng.nextFloat() < 0.05 ? Infinity : sampleUniform(rng, 18, 40);
    for (let s = 0; s < SITES; s++)
      activationMonths[r * SITES + s] = rng.nextFloat() < 0.11 ? NaN : sampleUniform(rng, 3, 14);
  }
  const expectedPatientsByCountry = Object.fromEntries(ISO.map((c) => [c, 75]));
  const samples = { runs: RUNS, lpiMonths, activationMonths, siteCountry, expectedPatientsByCountry };
  // The same input with every unit cost sampled (σ as for unsourced inputs), as scenarios run it.
  const sampled: CostInput = {
    ...input,
    unitCostSeed: 1,
    countries: input.countries.map((c) => ({
      ...c,
      unitCostSigma: {
        siteStartupFee: 0.5,
        perPatient: 0.4,
        monthlySiteCost: 0.5,
        monitoringVisitCost: 0.35,
        regulatoryFee: 0,
        ethicsFee: 0.4,
      },
    })),
  };
  for (const [label, inp] of [
    ['timing only', input],
    ['timing and unit costs', sampled],
  ] as const) {
    costDistribution(inp, samples); // warm-up (JIT)
    const times: number[] = [];
    let last = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      last = costDistribution(inp, samples).expectedTotal;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(
      `cost (${label}): costDistribution ${RUNS.toLocaleString('en-US')} runs × ${SITES} sites × ${ISO.length} countries: ` +
        `median ${times[2]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times[4]!.toFixed(1)}); expected total US$${(last / 1e6).toFixed(2)}M`,
    );
  }
}

if (process.argv[1]?.endsWith('cost.bench.ts')) void run();
