import { parseArgs } from 'node:util';
import {
  eligibleStudies,
  fitRecruitmentModel,
  KFOLD,
  recordsForFile,
  summarise,
  summariseBy,
  ELIGIBILITY,
} from '../../engine/benchmarks/index';
import { CTGOV_EXTRACT, readCtgovFile } from '../ctgov-file';
import type { CliCommand, CliIo } from '../io';

const USAGE = 'mrct backtest FILE [--json]';

/**
 * `mrct backtest FILE`: forecasts each eligible study of FILE (.jsonl or .jsonl.gz, the extract's
 * format) as a planner would have before it started, and reports calibration. Studies that are
 * also in the shipped extract are forecast by a fit without their fold (k-fold); others by the
 * fit on the whole extract.
 */
export const backtestCommand: CliCommand = {
  summary: 'Calibration back-test of the recruitment benchmarks on a file of ClinicalTrials.gov studies',
  usage: `${USAGE}\n\nEligible: ${ELIGIBILITY}.\nPrints {"eligible", "coverage80", "pit" (10 bins), "medianAbsLogRatio", "byPhase", "byArea"}.`,
  run(args: string[], io: CliIo): number {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { json: { type: 'boolean' } },
        strict: true,
      });
    } catch (error) {
      io.err(`mrct backtest: ${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
      return 2;
    }
    const file = parsed.positionals[0];
    if (!file || parsed.positionals.length > 1) {
      io.err(`mrct backtest: give exactly one .jsonl or .jsonl.gz file.\nUsage: ${USAGE}`);
      return 2;
    }
    if (!/\.jsonl(\.gz)?$/.test(file)) {
      io.err(`mrct backtest: ${file}: expected a .jsonl or .jsonl.gz file`);
      return 2;
    }
    let studies;
    try {
      studies = readCtgovFile(file);
    } catch (error) {
      io.err(`mrct backtest: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    const { eligible } = eligibleStudies(studies);
    if (eligible.length === 0) {
      io.err(`mrct backtest: ${file}: no eligible study (${ELIGIBILITY})`);
      return 1;
    }
    const training = eligibleStudies(readCtgovFile(CTGOV_EXTRACT)).eligible;
    const full = fitRecruitmentModel(training);
    const records = recordsForFile(eligible, training, KFOLD, full);
    const result = {
      ...summarise(records),
      byPhase: summariseBy(records, (r) => r.phase),
      byArea: summariseBy(records, (r) => r.area),
      studiesInFile: studies.length,
    };
    if (parsed.values.json) io.out(JSON.stringify(result, null, 2));
    else {
      io.out(
        [
          `${result.eligible} eligible of ${studies.length} studies in ${file}`,
          `Coverage of the 80% interval: ${(result.coverage80 * 100).toFixed(1)}% (target 72–88%)`,
          `PIT histogram (uniform = 10% each): ${result.pit.map((p) => `${Math.round(p * 100)}%`).join(' ')}`,
          `Median |ln(P50 / actual)|: ${result.medianAbsLogRatio.toFixed(2)}`,
          ...Object.entries(result.byPhase).map(
            ([p, s]) => `  phase ${p}: n = ${s.eligible}, coverage ${(s.coverage80 * 100).toFixed(1)}%`,
          ),
        ].join('\n'),
      );
    }
    return 0;
  },
};
