/**
 * ClinicalTrials.gov benchmarks: time to read the extract, fit the NB recruitment model on all
 * eligible studies, and run the 5-fold back-test (5 warm-started refits + forecasts).
 * Run: `npx tsx bench/benchmarks.bench.ts` (or `npm run bench`).
 */
import { CTGOV_EXTRACT, readCtgovFile } from '../src/cli/ctgov-file';
import {
  eligibleStudies,
  fitRecruitmentModel,
  KFOLD,
  kFoldRecords,
  summarise,
} from '../src/engine/benchmarks/index';

const ms = (t0: number) => `${Math.round(performance.now() - t0)} ms`;

export async function run(): Promise<void> {
  let t0 = performance.now();
  const studies = readCtgovFile(CTGOV_EXTRACT);
  const { eligible } = eligibleStudies(studies);
  console.log(`read + eligibility: ${studies.length} studies → ${eligible.length} eligible in ${ms(t0)}`);
  t0 = performance.now();
  const model = fitRecruitmentModel(eligible);
  console.log(`fit (derivation): ${model.iterations} rounds in ${ms(t0)}`);
  t0 = performance.now();
  const records = kFoldRecords(eligible, KFOLD, model);
  const s = summarise(records);
  console.log(
    `${KFOLD}-fold back-test: ${records.length} forecasts in ${ms(t0)}; coverage80 ${s.coverage80}, max PIT bin ${Math.max(...s.pit)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
