import { allocateRaw, checkCollect, monthGrid, summarizeRuns, type McRaw } from './kernel-constants';
import { simulateUncapped } from './uncapped';
import { simulateCapped } from './capped';
import type { PreparedForecast } from '../prepare';
import type { ForecastResult, ForecastSamples } from '../types';

/**
 * Monte Carlo runs are simulated in fixed-size chunks, each with its own generator seeded from
 * (seed, chunk index). Why: the chunks are independent, so they can run on several threads
 * (src/node/forecast-pool.ts, the CLI and the benchmark), and because the split depends only on
 * the number of runs, never on the number of threads, a seed gives the same result on one core
 * or eight. Chunk 0 uses the seed itself, so forecasts of up to one chunk are unchanged by this.
 */
export const MC_CHUNK_RUNS = 2_500;

export interface McChunk {
  index: number;
  /** Index of the chunk's first run among all runs. */
  offset: number;
  runs: number;
}

/** The chunks of a forecast with `runs` runs, in order. */
export function monteCarloChunks(runs: number): McChunk[] {
  const chunks: McChunk[] = [];
  for (let offset = 0, index = 0; offset < runs; offset += MC_CHUNK_RUNS, index++) {
    chunks.push({ index, offset, runs: Math.min(MC_CHUNK_RUNS, runs - offset) });
  }
  return chunks;
}

/** Seed of chunk `index`: the forecast's seed for chunk 0, a derived string seed after it (Sfc32 hashes strings). */
export function chunkSeed(seed: number | string, index: number): number | string {
  return index === 0 ? seed : `${String(seed)}#chunk${index}`;
}

/** Simulates one chunk; `collect` (for all runs) receives the chunk's runs at its offset. */
export function simulateChunk(
  p: PreparedForecast,
  chunk: McChunk,
  seed: number | string,
  curveMonths: number[],
  collect?: ForecastSamples,
): McRaw {
  const grid = monthGrid(curveMonths, p.at);
  const chunkSeedValue = chunkSeed(seed, chunk.index);
  return p.hasCaps
    ? simulateCapped(p, chunk.runs, chunkSeedValue, grid, collect, chunk.offset)
    : simulateUncapped(p, chunk.runs, chunkSeedValue, grid, collect, chunk.offset);
}

/** Joins chunk outputs (in chunk order) into the raw output of all runs. */
export function mergeChunks(p: PreparedForecast, parts: McRaw[]): McRaw {
  if (parts.length === 1) return parts[0]!;
  const first = parts[0]!;
  const total = parts.reduce((n, part) => n + part.times.length, 0);
  const merged = allocateRaw(total, first.grid, p.at, first.compositionSum.length, first.useRaoBlackwell);
  const gn = first.grid.length;
  let offset = 0;
  for (const part of parts) {
    const runs = part.times.length;
    merged.times.set(part.times, offset);
    for (let g = 0; g < gn; g++)
      merged.counts.set(part.counts.subarray(g * runs, (g + 1) * runs), g * total + offset);
    addInto(merged.lambdaSum, part.lambdaSum);
    addInto(merged.lambdaSqSum, part.lambdaSqSum);
    addInto(merged.pReachSum, part.pReachSum);
    addInto(merged.compositionSum, part.compositionSum);
    merged.reached += part.reached;
    offset += runs;
  }
  return merged;
}

function addInto(target: Float64Array, source: Float64Array): void {
  for (let i = 0; i < target.length; i++) target[i] = target[i]! + source[i]!;
}

/** All chunks on this thread, then the summary: the same numbers as any parallel split. */
export function runMonteCarlo(
  p: PreparedForecast,
  runs: number,
  seed: number | string,
  curveMonths: number[],
  collect?: ForecastSamples,
): ForecastResult {
  checkCollect(collect, runs, p.sites.count);
  const parts = monteCarloChunks(runs).map((chunk) => simulateChunk(p, chunk, seed, curveMonths, collect));
  return summarizeRuns(p, mergeChunks(p, parts), runs, seed, curveMonths);
}
