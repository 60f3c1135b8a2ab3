import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCtgovFile, CTGOV_EXTRACT } from '../../../../src/cli/ctgov-file';
import {
  deriveBenchmarks,
  deriveCalibration,
  eligibleStudies,
  fitRecruitmentModel,
  toComparable,
  type FittedModel,
} from '../../../../src/engine/benchmarks/index';

const committed = (rel: string) =>
  JSON.parse(readFileSync(new URL(`../../../../${rel}`, import.meta.url), 'utf8')) as unknown;

describe('benchmarks derivation (npm run derive-benchmarks)', () => {
  const studies = readCtgovFile(CTGOV_EXTRACT);
  const { eligible } = eligibleStudies(studies);

  let model: FittedModel | undefined;
  const fitted = () => (model ??= fitRecruitmentModel(eligible));

  it('re-derives data/reference/benchmarks.json exactly: regenerate it when the derivation changes', () => {
    const model = fitted();
    // JSON round trip: the committed file holds what JSON.stringify wrote.
    const derived = JSON.parse(JSON.stringify(deriveBenchmarks(eligible, studies.length, model))) as unknown;
    expect(derived).toEqual(committed('data/reference/benchmarks.json'));
  }, 120_000);

  it('re-derives the comparable-trials list the app lazy-loads', () => {
    expect(JSON.parse(JSON.stringify(eligible.map(toComparable)))).toEqual(
      committed('public/benchmarks/comparable-trials.json'),
    );
  });

  it('reads the whole extract and keeps industry phase 2–3 studies with sites, dates and enrollment', () => {
    expect(studies.length).toBe(13_991);
    expect(eligible.length).toBeGreaterThan(4000);
    for (const s of eligible) {
      expect(['2', '2/3', '3']).toContain(s.phase);
      expect(s.totalSites).toBeGreaterThan(0);
      expect(s.months).toBeGreaterThanOrEqual(1);
      expect(s.enrollment).toBeGreaterThan(0);
    }
  });

  it('is calibrated: k-fold and hold-out coverage of the 80% interval in 0.72–0.88, no PIT bin above 0.2 (and re-derives the committed calibration)', () => {
    const calibration = JSON.parse(JSON.stringify(deriveCalibration(eligible, fitted()))) as ReturnType<
      typeof deriveCalibration
    >;
    expect(calibration).toEqual(committed('data/reference/benchmarks-calibration.json'));
    for (const summary of [
      calibration.kFold.overall,
      calibration.holdout.overall,
      calibration.kFold.byPhase['2']!,
      calibration.kFold.byPhase['3']!,
    ]) {
      expect(summary.coverage80).toBeGreaterThanOrEqual(0.72);
      expect(summary.coverage80).toBeLessThanOrEqual(0.88);
      expect(Math.max(...summary.pit)).toBeLessThanOrEqual(0.2);
      expect(summary.pit.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    }
    expect(calibration.kFold.overall.eligible).toBe(eligible.length);
    expect(calibration.holdout.overall.eligible + calibration.holdout.trainedOn).toBe(eligible.length);
  }, 300_000);
});
