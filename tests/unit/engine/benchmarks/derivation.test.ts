import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCtgovFile, CTGOV_EXTRACT } from '../../../../src/cli/ctgov-file';
import { deriveBenchmarks, eligibleStudies, fitRecruitmentModel, toComparable } from '../../../../src/engine/benchmarks/index';

const committed = (rel: string) => JSON.parse(readFileSync(new URL(`../../../../${rel}`, import.meta.url), 'utf8')) as unknown;

describe('benchmarks derivation (npm run derive-benchmarks)', () => {
  const studies = readCtgovFile(CTGOV_EXTRACT);
  const { eligible } = eligibleStudies(studies);

  it('re-derives data/reference/benchmarks.json exactly: regenerate it when the derivation changes', () => {
    const model = fitRecruitmentModel(eligible);
    // JSON round trip: the committed file holds what JSON.stringify wrote.
    const derived = JSON.parse(JSON.stringify(deriveBenchmarks(eligible, studies.length, model))) as unknown;
    expect(derived).toEqual(committed('data/reference/benchmarks.json'));
  }, 120_000);

  it('re-derives the comparable-trials list the app lazy-loads', () => {
    expect(JSON.parse(JSON.stringify(eligible.map(toComparable)))).toEqual(committed('public/benchmarks/comparable-trials.json'));
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
});
