/**
 * npm run derive-benchmarks: reads data/ctgov/studies.jsonl.gz and writes
 *   data/reference/benchmarks.json             fitted model, rates by area, country multipliers
 *   data/reference/benchmarks-calibration.json k-fold and hold-out back-test
 *   public/benchmarks/comparable-trials.json   compact list of eligible trials (lazy-loaded by the app)
 * Deterministic: tests re-derive and compare with the committed files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { CTGOV_EXTRACT, readCtgovFile } from '../src/cli/ctgov-file';
import {
  deriveBenchmarks,
  deriveCalibration,
  eligibleStudies,
  fitRecruitmentModel,
  toComparable,
} from '../src/engine/benchmarks/index';

const started = performance.now();
const studies = readCtgovFile(CTGOV_EXTRACT);
const { eligible } = eligibleStudies(studies);
const model = fitRecruitmentModel(eligible);
const benchmarks = deriveBenchmarks(eligible, studies.length, model);
const out = (rel: string) => new URL(`../${rel}`, import.meta.url);
writeFileSync(out('data/reference/benchmarks.json'), `${JSON.stringify(benchmarks, null, 2)}\n`);
console.log(
  `benchmarks.json: ${eligible.length} eligible of ${studies.length} studies (${Math.round(performance.now() - started)} ms)`,
);
if (!process.argv.includes('--no-calibration')) {
  const calibration = deriveCalibration(eligible, model);
  writeFileSync(
    out('data/reference/benchmarks-calibration.json'),
    `${JSON.stringify(calibration, null, 2)}\n`,
  );
  console.log(
    `calibration: k-fold coverage80 ${calibration.kFold.overall.coverage80}, hold-out ${calibration.holdout.overall.coverage80}`,
  );
}
mkdirSync(out('public/benchmarks'), { recursive: true });
writeFileSync(out('public/benchmarks/comparable-trials.json'), JSON.stringify(eligible.map(toComparable)));
console.log(`done in ${Math.round(performance.now() - started)} ms`);
