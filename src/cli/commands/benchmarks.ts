import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import benchmarksJson from '../../../data/reference/benchmarks.json';
import {
  areaBenchmarks,
  countryBenchmarks,
  BENCHMARK_AREAS,
  type ComparableTrial,
} from '../../engine/benchmarks/index';
import type { CliCommand, CliIo } from '../io';
import { packageFile } from '../package-file';

const USAGE = 'mrct benchmarks [--area ID] [--phase 2|3] [--json]';

/** The compact comparable-trials list the derivation writes (also lazy-loaded by the app). */
export function readComparableTrials(): ComparableTrial[] {
  return JSON.parse(
    readFileSync(packageFile('public/benchmarks/comparable-trials.json'), 'utf8'),
  ) as ComparableTrial[];
}

const f = (x: number) => (x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));

/** `mrct benchmarks`: fitted recruitment rates by country and area from ClinicalTrials.gov. */
export const benchmarksCommand: CliCommand = {
  summary: 'Recruitment benchmarks fitted on ClinicalTrials.gov (rates by country and area, with n)',
  usage: `${USAGE}\n\nRates are randomised patients per site per month (fitted NB model, 80% interval); see docs/benchmarks.md.`,
  run(args: string[], io: CliIo): number {
    let values: { json?: boolean; area?: string; phase?: string };
    try {
      ({ values } = parseArgs({
        args,
        options: { json: { type: 'boolean' }, area: { type: 'string' }, phase: { type: 'string' } },
        strict: true,
      }));
    } catch (error) {
      io.err(`mrct benchmarks: ${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
      return 2;
    }
    if (values.area !== undefined && !BENCHMARK_AREAS.includes(values.area as never)) {
      io.err(`mrct benchmarks: --area must be one of: ${BENCHMARK_AREAS.join(', ')} (got "${values.area}")`);
      return 2;
    }
    if (values.phase !== undefined && values.phase !== '2' && values.phase !== '3') {
      io.err(`mrct benchmarks: --phase must be 2 or 3 (got "${values.phase}")`);
      return 2;
    }
    const filter = {
      ...(values.area ? { area: values.area } : {}),
      ...(values.phase ? { phase: values.phase as '2' | '3' } : {}),
    };
    const trials = readComparableTrials();
    const countries = countryBenchmarks(benchmarksJson, trials, filter);
    const areas = areaBenchmarks(benchmarksJson, filter);
    const d = benchmarksJson.dataset;
    const dataset = {
      name: d.name,
      citation: d.citation,
      studies: d.eligibleStudies,
      studiesInExtract: d.studiesInExtract,
      eligibility: d.eligibility,
      enrollmentPeriod: d.enrollmentPeriod,
      model: benchmarksJson.model.name,
      caveats: d.caveats,
      filter,
    };
    if (values.json) {
      io.out(
        JSON.stringify(
          { dataset, priorDispersion: benchmarksJson.priorDispersion, countries, areas },
          null,
          2,
        ),
      );
      return 0;
    }
    const lines = [
      `${d.name}: ${d.eligibleStudies} eligible studies (${filter.area ?? 'all areas'}, phase ${filter.phase ?? '3 rates / all phases trials'})`,
      `Rate = randomised patients per site per month in a typical study (fitted, 80% interval); trials = comparable trials with sites there, median = their median rate.`,
      '',
      `${'ISO'.padEnd(4)}${'Region'.padEnd(22)}${'Rate'.padStart(8)}  ${'80% interval'.padEnd(16)}${'Trials'.padStart(7)}${'Sites'.padStart(7)}${'Median'.padStart(8)}  Note`,
      ...[...countries]
        .sort((a, b) => b.studies - a.studies)
        .map(
          (c) =>
            `${c.iso2.padEnd(4)}${c.region.padEnd(22)}${f(c.rate.p50).padStart(8)}  ${`${f(c.rate.p10)}–${f(c.rate.p90)}`.padEnd(16)}${String(c.studies).padStart(7)}${String(c.sites).padStart(7)}${(c.comparable ? f(c.comparable.p50) : '–').padStart(8)}  ${c.fallback ? 'too few studies: region rate, low confidence' : `${c.confidence} confidence`}`,
        ),
      '',
      'Areas:',
      ...areas.map(
        (a) =>
          `  ${a.id.padEnd(20)}${f(a.rate.p50).padStart(8)}  ${f(a.rate.p10)}–${f(a.rate.p90)}  (${a.studies} studies, ${a.sites} sites)`,
      ),
      '',
      `Caveats: ${d.caveats}`,
    ];
    io.out(lines.join('\n'));
    return 0;
  },
};
