import { availableParallelism } from 'node:os';
import {
  DEFAULT_RUNS,
  forecast,
  forecastMethodFor,
  ForecastNotApplicableError,
  monteCarloWorkPerRun,
  parseForecastSpec,
} from '../../engine/forecast';
import { HARD_BUDGET_FACTOR, MIN_WORK_RUNS, runsWithinWork } from '../../engine/evaluation/run-budget';
import type { ForecastInput, ForecastMethod, ForecastOptions, ForecastResult } from '../../engine/forecast';
import { ForecastPool } from '../parallel/forecast-pool';
import { parseSeed, switchOptions, valueOptions } from '../args';
import { parseFileCommand, readCheckedSpec } from '../spec-file';
import { commandFailure, type CliCommand, type CliIo } from '../io';

const usage = [
  'mrct forecast FILE [--json] [--method exact|approx|monte-carlo] [--runs N] [--seed S] [--threads N]',
  '',
  'Poisson–Gamma enrollment forecast from a JSON spec (docs/forecast-spec.md), e.g.',
  '  {"target": 300, "siteGroups": [{"count": 50, "shape": 2, "rate": 4, "opensAt": 0}], "at": [12]}',
  'Prints time to target (mean, P10/P50/P90, months) and, at each "at" month, the mean and variance of',
  'the count and P(count ≥ target). Default method: exact when all sites open together with one prior,',
  'else the moment-matched approximation, else (caps) Monte Carlo. Unreached targets print as never/null.',
  `--threads: cores for Monte Carlo (default: all ${availableParallelism()} when runs × sites ≥ 20 million, else 1);`,
  'the result for a seed is identical whatever the number of threads.',
].join('\n');

/** Below this many site-runs, starting worker threads costs more than it saves. */
const PARALLEL_SITE_RUNS = 20_000_000;

const METHODS: readonly ForecastMethod[] = ['exact', 'approx', 'monte-carlo'];

async function runForecast(args: string[], io: CliIo): Promise<number> {
  const fail = commandFailure(io, 'forecast');
  const parsed = parseFileCommand(
    args,
    { ...switchOptions('json'), ...valueOptions('method', 'runs', 'seed', 'threads') },
    usage.split('\n')[0] ?? '',
  );
  if (!parsed.ok) return fail(parsed.message);
  const { values, file } = parsed;
  const method = values.method ?? 'auto';
  if (method !== 'auto' && !METHODS.includes(method as ForecastMethod))
    return fail(`--method must be exact, approx or monte-carlo, got "${method}"`);
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1 && runs <= 10_000_000))
    return fail(`--runs must be a whole number between 1 and 10,000,000, got "${values.runs}"`);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64))
    return fail(`--threads must be a whole number between 1 and 64, got "${values.threads}"`);
  const seedArg = parseSeed(values.seed);
  if (!seedArg.ok) return fail(seedArg.message);
  const seed = seedArg.value;

  const spec = await readCheckedSpec(file, parseForecastSpec, io, 'forecast');
  if (!spec.ok) return spec.exitCode;
  let result: ForecastResult;
  try {
    const planned = workBoundedRuns(spec.input, method as ForecastMethod | 'auto', runs);
    if (!planned.ok) return fail(planned.message);
    if (planned.note) io.err(`mrct forecast: ${planned.note}`);
    const options = {
      method: method as ForecastMethod | 'auto',
      ...(planned.runs !== undefined ? { runs: planned.runs } : {}),
      ...(seed !== undefined ? { seed } : {}),
    };
    const cores = threadsFor(spec.input, options, threads);
    result = cores > 1 ? await forecastOnThreads(spec.input, options, cores) : forecast(spec.input, options);
  } catch (error) {
    if (error instanceof ForecastNotApplicableError || error instanceof RangeError)
      return fail(error.message);
    throw error;
  }
  io.out(values.json ? JSON.stringify(toJson(result)) : toTable(result, spec.input.target));
  return 0;
}

/** Most work (site draws, capped arrivals counted, see monteCarloWorkPerRun) one CLI forecast may do: ~1 minute. */
export const CLI_FORECAST_WORK = 100_000_000;

/**
 * Runs that fit the work budget: with caps a run simulates every capped arrival, so a target of
 * 10 million took ~5 s per run (issue #14). Fewer runs with a note, or a refusal when even
 * MIN_WORK_RUNS would take far too long.
 */
function workBoundedRuns(
  input: ForecastInput,
  method: ForecastMethod | 'auto',
  asked: number | undefined,
): { ok: true; runs: number | undefined; note?: string } | { ok: false; message: string } {
  if (forecastMethodFor(input, { method }) !== 'monte-carlo') return { ok: true, runs: asked };
  const requested = asked ?? DEFAULT_RUNS;
  const work = monteCarloWorkPerRun(input);
  const runs = runsWithinWork(requested, work, CLI_FORECAST_WORK);
  if (runs * work > HARD_BUDGET_FACTOR * CLI_FORECAST_WORK) {
    return {
      ok: false,
      message: `this forecast simulates about ${Math.round(work).toLocaleString('en-US')} site draws and capped enrolments per run; even ${MIN_WORK_RUNS} runs exceed the work limit. Lower the target or the caps.`,
    };
  }
  if (runs < requested)
    return {
      ok: true,
      runs,
      note: `${runs.toLocaleString('en-US')} Monte Carlo runs instead of ${requested.toLocaleString('en-US')}: each run simulates about ${Math.round(work).toLocaleString('en-US')} site draws and capped enrolments (work limit ${(CLI_FORECAST_WORK / 1e6).toFixed(0)} million).`,
    };
  return { ok: true, runs: asked };
}

/** Threads to use: as asked, else all cores for a large Monte Carlo forecast, else 1. */
function threadsFor(input: ForecastInput, options: ForecastOptions, asked: number | undefined): number {
  if (forecastMethodFor(input, options) !== 'monte-carlo') return 1;
  if (asked !== undefined) return asked;
  const sites = Array.isArray(input.sites) ? input.sites.reduce((n, g) => n + g.count, 0) : input.sites.count;
  return sites * (options.runs ?? DEFAULT_RUNS) >= PARALLEL_SITE_RUNS ? availableParallelism() : 1;
}

async function forecastOnThreads(
  input: ForecastInput,
  options: ForecastOptions,
  threads: number,
): Promise<ForecastResult> {
  const pool = await ForecastPool.create(threads);
  try {
    return await pool.forecast(input, options);
  } finally {
    await pool.close();
  }
}

/** The documented JSON shape; non-finite numbers (never reached) become null. */
export function toJson(r: ForecastResult): object {
  const fin = (x: number) => (Number.isFinite(x) ? x : null);
  return {
    method: r.method,
    timeToTarget: {
      mean: fin(r.timeToTarget.mean),
      p10: fin(r.timeToTarget.p10),
      p50: fin(r.timeToTarget.p50),
      p90: fin(r.timeToTarget.p90),
    },
    at: (r.at ?? []).map((a) => ({
      month: a.month,
      mean: fin(a.mean),
      variance: fin(a.variance),
      pReachTarget: fin(a.pReachTarget),
    })),
  };
}

function toTable(r: ForecastResult, target: number): string {
  const m = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'never');
  const how =
    r.method === 'monte-carlo'
      ? `Monte Carlo, ${r.runs} runs, seed ${r.seed}`
      : r.method === 'exact'
        ? 'exact closed form'
        : 'moment-matched approximation';
  const lines = [
    `Forecast to ${target} patients (${how})`,
    '',
    'Time to target (months)   mean      P10      P50      P90',
    `                        ${m(r.timeToTarget.mean).padStart(7)}  ${m(r.timeToTarget.p10).padStart(7)}  ${m(r.timeToTarget.p50).padStart(7)}  ${m(r.timeToTarget.p90).padStart(7)}`,
  ];
  if (r.at && r.at.length > 0) {
    lines.push('', ' Month   Mean count   SD count   P(count ≥ target)');
    for (const a of r.at) {
      lines.push(
        `${a.month.toFixed(1).padStart(6)}   ${a.mean.toFixed(1).padStart(10)}   ${Math.sqrt(a.variance).toFixed(1).padStart(8)}   ${a.pReachTarget.toFixed(4).padStart(17)}`,
      );
    }
  }
  return lines.join('\n');
}

export const forecastCommand: CliCommand = {
  summary: 'Enrollment forecast (Poisson–Gamma): time to target and counts',
  usage,
  run: runForecast,
};
