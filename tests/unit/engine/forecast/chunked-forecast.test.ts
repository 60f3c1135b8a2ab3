import { describe, expect, it } from 'vitest';
import {
  forecast,
  forecastChunk,
  forecastChunks,
  forecastFromChunks,
  type ForecastInput,
  type ForecastOptions,
} from '../../../../src/engine/forecast';
import { MC_CHUNK_RUNS } from '../../../../src/engine/forecast/monte-carlo/chunks';

const staggered: ForecastInput = {
  target: 400,
  sites: [
    { count: 40, shape: 1.5, rate: 1.875, opensAt: { kind: 'uniform', min: 1, max: 9 }, countryId: 'US' },
    {
      count: 20,
      shape: 0.8,
      rate: 1,
      opensAt: { kind: 'triangular', min: 2, mode: 3, max: 8 },
      countryId: 'JP',
      pNever: 0.1,
    },
  ],
  at: [10],
  deadline: 12,
};
const capped: ForecastInput = { ...staggered, countryCaps: { JP: 60 } };

function inChunks(input: ForecastInput, options: ForecastOptions, order: (n: number) => number[]) {
  const chunks = forecastChunks(input, options);
  const outputs = order(chunks.length).map((index) => ({
    index,
    output: forecastChunk(input, options, index),
  }));
  return forecastFromChunks(input, options, outputs);
}

describe('Monte Carlo in chunks (for several threads)', () => {
  const options: ForecastOptions = {
    method: 'monte-carlo',
    runs: 3 * MC_CHUNK_RUNS + 17,
    seed: 'chunks',
    curveMonths: [3, 6, 12],
  };

  for (const [name, input] of [
    ['uncapped', staggered],
    ['capped', capped],
  ] as const) {
    it(`${name}: chunks joined in any arrival order equal the single-thread forecast exactly`, () => {
      // Given the same seed, When chunks are simulated separately and arrive in reverse order
      const joined = inChunks(input, options, (n) => Array.from({ length: n }, (_, i) => n - 1 - i));
      // Then every number equals the one-thread result (the split depends on the runs, not the threads)
      expect(joined).toEqual(forecast(input, options));
    });
  }

  it('splits runs into fixed-size chunks, the last one partial', () => {
    expect(forecastChunks(staggered, options).map((c) => c.runs)).toEqual([
      MC_CHUNK_RUNS,
      MC_CHUNK_RUNS,
      MC_CHUNK_RUNS,
      17,
    ]);
  });

  it('chunks draw from different streams (no repeated runs)', () => {
    const a = forecastChunk(staggered, options, 0).times;
    const b = forecastChunk(staggered, options, 1).times;
    expect(Array.from(a.slice(0, 50))).not.toEqual(Array.from(b.slice(0, 50)));
  });

  it('a missing or repeated chunk is refused', () => {
    const outputs = [0, 1, 2, 2].map((index) => ({
      index,
      output: forecastChunk(staggered, options, index),
    }));
    expect(() => forecastFromChunks(staggered, options, outputs)).toThrow(/chunks 0…3/);
    expect(() => forecastChunk(staggered, options, 9)).toThrow(/chunk 9/);
  });
});
