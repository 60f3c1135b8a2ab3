import { DEFAULT_RUNS, DEFAULT_SEED, validateInput } from '../forecast';
import { mergeChunks, monteCarloChunks, simulateChunk, type McChunk } from './chunks';
import { summarizeRuns, type McRaw } from './kernel-constants';
import { prepareForecast } from '../prepare';
import type { ForecastInput, ForecastOptions, ForecastResult } from '../types';

/**
 * A Monte Carlo forecast split for several threads: each thread simulates some chunks with
 * {@link forecastChunk}, and {@link forecastFromChunks} joins them. The result equals
 * `forecast(input, { ...options, method: 'monte-carlo' })` exactly, whatever the split
 * (chunks.ts). `options.collect` is not supported here (the per-run samples stay on the thread
 * that drew them).
 */
export type McChunkOutput = McRaw;
export type { McChunk };

/** The chunks to simulate for these options (validates the input first). */
export function forecastChunks(input: ForecastInput, options: ForecastOptions = {}): McChunk[] {
  validateInput(input, options);
  return monteCarloChunks(options.runs ?? DEFAULT_RUNS);
}

/** Simulates chunk `index` of the Monte Carlo forecast. */
export function forecastChunk(input: ForecastInput, options: ForecastOptions, index: number): McChunkOutput {
  const chunk = forecastChunks(input, options)[index];
  if (!chunk) throw new RangeError(`chunk ${index} does not exist`);
  return simulateChunk(
    prepareForecast(input),
    chunk,
    options.seed ?? DEFAULT_SEED,
    options.curveMonths ?? [],
  );
}

/** Joins every chunk's output (any order of arrival; sorted by chunk here) into the forecast. */
export function forecastFromChunks(
  input: ForecastInput,
  options: ForecastOptions,
  outputs: { index: number; output: McChunkOutput }[],
): ForecastResult {
  const chunks = forecastChunks(input, options);
  const sorted = [...outputs].sort((a, b) => a.index - b.index);
  if (sorted.length !== chunks.length || sorted.some((o, i) => o.index !== i))
    throw new RangeError(`expected outputs for chunks 0…${chunks.length - 1}`);
  const p = prepareForecast(input);
  const runs = options.runs ?? DEFAULT_RUNS;
  return summarizeRuns(
    p,
    mergeChunks(
      p,
      sorted.map((o) => o.output),
    ),
    runs,
    options.seed ?? DEFAULT_SEED,
    options.curveMonths ?? [],
  );
}
