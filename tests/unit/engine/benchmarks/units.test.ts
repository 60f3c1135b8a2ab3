import { describe, expect, it } from 'vitest';
import {
  classifyArea,
  enrollmentPeriod,
  enrollmentTimeCdf,
  enrollmentTimeQuantile,
  findComparable,
  foldOf,
  parseCtgovJsonl,
  parseFollowUpMonths,
  rateSummary,
  describePlanAgainst,
  summarise,
  toBenchmarkStudy,
  type ComparableTrial,
} from '../../../../src/engine/benchmarks/index';
import { inverseRegularizedBeta } from '../../../../src/engine/stats/index';

describe('enrollment period', () => {
  it('parses the longest follow-up of a primary time frame, in months', () => {
    expect(parseFollowUpMonths('Week 24')).toBeCloseTo((24 * 7) / 30.4375, 6);
    expect(parseFollowUpMonths('Baseline, 12 months')).toBeCloseTo(12, 6);
    expect(parseFollowUpMonths('Day 1 to Day 28')).toBeCloseTo(28 / 30.4375, 6);
    expect(parseFollowUpMonths('up to 2 years')).toBeCloseTo(24, 6);
    expect(parseFollowUpMonths('Baseline')).toBe(0);
    expect(parseFollowUpMonths(null)).toBe(0);
  });
  it('subtracts the follow-up from start → primary completion, capped at half the span', () => {
    expect(enrollmentPeriod('2008-01', '2010-01', '6 months')).toMatchObject({ totalMonths: 24, months: 18 });
    expect(enrollmentPeriod('2008-01', '2009-01', 'up to 5 years')).toMatchObject({
      totalMonths: 12,
      followUpMonths: 6,
      months: 6,
    });
    expect(enrollmentPeriod('2008-05', '2008-05', 'Week 2')).toBeUndefined();
    expect(enrollmentPeriod(null, '2008-05', null)).toBeUndefined();
  });
});

describe('classification and eligibility', () => {
  it('classifies by MeSH terms then conditions, rare diseases first, else other', () => {
    expect(classifyArea(['Breast Neoplasms'], [])).toBe('oncology');
    expect(classifyArea([], ['Cystic Fibrosis', 'Pseudomonas Infections'])).toBe('rare-disease');
    expect(classifyArea(['Diabetes Mellitus, Type 2'], [])).toBe('metabolic');
    expect(classifyArea(['Asthma'], [])).toBe('respiratory');
    expect(classifyArea(['Contraception'], [])).toBe('other');
  });
  const study = {
    nct: 'NCT00000001',
    sponsorClass: 'Industry',
    phase: 'Phase 3',
    enrollment: 120,
    start: '2008-01',
    primaryCompletion: '2009-07',
    primaryTimeFrame: 'Week 26',
    sitesByCountry: { Japan: 10, 'Korea, Republic of': 2 },
    mesh: ['Asthma'],
  };
  it('keeps industry phase 2–3 studies with sites, dates and enrollment', () => {
    expect(toBenchmarkStudy(study)).toMatchObject({
      area: 'respiratory',
      phase: '3',
      totalSites: 12,
      sites: [
        ['JP', 10],
        ['KR', 2],
      ],
    });
    expect(toBenchmarkStudy({ ...study, sponsorClass: 'NIH' })).toBe('not industry-sponsored');
    expect(toBenchmarkStudy({ ...study, phase: 'Phase 1' })).toBe('not phase 2, 2/3 or 3');
    expect(toBenchmarkStudy({ ...study, sitesByCountry: {} })).toBe('no listed sites');
    expect(toBenchmarkStudy({ ...study, sitesByCountry: { Atlantis: 2 } })).toBe(
      'unknown country "Atlantis"',
    );
  });
  it('reports a malformed line with its number, field and reason', () => {
    const { studies, errors } = parseCtgovJsonl(`${JSON.stringify(study)}\n{"nct":"X1"}\nnot json\n`);
    expect(studies).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, field: 'nct' });
    expect(errors[1]).toMatchObject({ line: 3, field: '(line)' });
  });
  it('assigns folds deterministically and roughly evenly', () => {
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < 5000; i++) counts[foldOf(`NCT${String(i).padStart(8, '0')}`, 5)]! += 1;
    for (const c of counts) expect(c).toBeGreaterThan(850);
    expect(foldOf('NCT00000125', 5)).toBe(foldOf('NCT00000125', 5));
  });
});

describe('time-to-target forecast (Poisson–Gamma, MODELS.md §1)', () => {
  it('quantile and CDF are inverse and match the beta-prime closed form', () => {
    const rate = { mean: 20, shape: 1.5 };
    const t50 = enrollmentTimeQuantile(0.5, 200, rate);
    expect(enrollmentTimeCdf(t50, 200, rate)).toBeCloseTo(0.5, 8);
    const beta = rate.shape / rate.mean;
    const x = inverseRegularizedBeta(0.9, 200, 1.5);
    expect(enrollmentTimeQuantile(0.9, 200, rate)).toBeCloseTo((beta * x) / (1 - x), 10);
    // A very large shape: the time is ≈ n / mean rate.
    expect(enrollmentTimeQuantile(0.5, 200, { mean: 20, shape: 1e6 })).toBeCloseTo(10, 1);
  });
  it('summarises coverage, PIT bins and median |log ratio|', () => {
    const r = (pit: number, p50: number, actual: number) => ({
      nct: 'x',
      phase: '3',
      area: 'oncology',
      pit,
      p10: 1,
      p50,
      p90: 10,
      actualMonths: actual,
    });
    const s = summarise([r(0.05, 2, 0.5), r(0.5, 4, 4), r(0.95, 4, 20), r(0.55, 8, 4)]);
    expect(s.coverage80).toBe(0.5);
    expect(s.pit).toEqual([0.25, 0, 0, 0, 0, 0.5, 0, 0, 0, 0.25]);
    expect(s.medianAbsLogRatio).toBeCloseTo(Number(((Math.log(4) + Math.log(2)) / 2).toFixed(4)), 4);
  });
});

describe('comparable trials', () => {
  const t = (
    nct: string,
    rate: number,
    countries: string,
    enrollment = 300,
    phase: '2' | '3' | '2/3' = '3',
  ): ComparableTrial => ({
    nct,
    area: 'oncology',
    phase,
    enrollment,
    months: 12,
    sites: 10,
    countries,
    rate,
  });
  const trials = [
    t('A', 0.1, 'US:5 JP:5'),
    t('B', 0.2, 'JP:10'),
    t('C', 0.3, 'US:10'),
    t('D', 0.4, 'JP:3 DE:7', 2000),
    t('E', 0.5, 'JP:2', 300, '2'),
  ];
  it('filters by area, phase group, size within ×3 and country', () => {
    expect(
      findComparable(trials, { area: 'oncology', phase: '3', targetEnrollment: 300, country: 'JP' }).map(
        (x) => x.nct,
      ),
    ).toEqual(['A', 'B']);
    expect(findComparable(trials, { area: 'oncology', phase: '2' }).map((x) => x.nct)).toEqual(['E']);
  });
  it('says where the plan sits among them', () => {
    const jp = findComparable(trials, { area: 'oncology', country: 'JP' });
    expect(rateSummary(jp)).toMatchObject({ n: 4, p50: 0.30000000000000004 });
    expect(describePlanAgainst(0.42, 'JP', jp)).toBe(
      'your plan assumes 0.42 patients/site/month in JP; comparable trials: median 0.30, 80% range 0.13–0.47, n = 4',
    );
  });
});
