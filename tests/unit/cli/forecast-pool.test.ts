import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForecastPool } from '../../../src/cli/parallel/forecast-pool';
import { forecast, type ForecastInput } from '../../../src/engine/forecast';

const input: ForecastInput = {
  target: 500,
  sites: [
    { count: 60, shape: 1.5, rate: 1.875, opensAt: { kind: 'uniform', min: 1, max: 9 }, countryId: 'US' },
    { count: 30, shape: 2, rate: 2, opensAt: 3, countryId: 'CN', cap: 12 },
  ],
  at: [10],
  deadline: 14,
};

describe('ForecastPool (Monte Carlo on several threads)', () => {
  let pool: ForecastPool;
  beforeAll(async () => {
    pool = await ForecastPool.create(3);
  }, 30_000);
  afterAll(() => pool.close());

  it('uses the caller plus worker threads and gives exactly the one-thread forecast for a seed', async () => {
    // Given 10,000 runs (4 chunks spread over 3 threads)
    const options = { runs: 10_000, seed: 'pool', curveMonths: [6, 12] };
    // When forecast in the pool and on this thread
    const parallel = await pool.forecast(input, options);
    // Then every number is identical
    expect(pool.threads).toBe(3);
    expect(parallel).toEqual(forecast(input, { ...options, method: 'monte-carlo' }));
  });

  it('reports a bad input as an error, not a hung promise', async () => {
    await expect(pool.forecast({ ...input, target: 0 }, { runs: 10 })).rejects.toThrow(/target/);
  });
});
