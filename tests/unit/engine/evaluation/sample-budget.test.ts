import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getCountry } from '../../../../src/domain/reference/index';
import { parseWorkspaceFile } from '../../../../src/domain/workspace/index';
import { COST_CATEGORIES } from '../../../../src/engine/cost/index';
import { evaluateScenario } from '../../../../src/engine/evaluation/evaluate';

const parsed = parseWorkspaceFile(readFileSync('data/sample-workspace.json', 'utf8'));
if (!parsed.ok) throw new Error('sample invalid');
const sample = parsed.workspace;
const docs = readFileSync('docs/cost-model.md', 'utf8');

// CPI-U 2024 ÷ CPI-U 2017 = 313.689 ÷ 245.120 = 1.27973 (BLS annual averages, docs/cost-model.md).
const CPI_2017_TO_2024 = 313.689 / 245.12;

describe('the sample phase-3 NSCLC budget', () => {
  const e = evaluateScenario(sample, 'SCN-GLOBAL', { runs: 300 });
  const cost = e.cost!;

  it('lands in the published per-patient range for pivotal trials (Moore et al. 2020 IQR, 2024 USD)', () => {
    // 29,894 × 1.27973 = 38,256; 75,047 × 1.27973 = 96,040 (the range docs/cost-model.md states)
    expect(docs).toContain('US$38,256');
    expect(docs).toContain('US$96,040');
    expect(cost.expectedPerRandomisedPatient).toBeGreaterThan(38_256);
    expect(cost.expectedPerRandomisedPatient).toBeLessThan(96_040);
  });

  it('recomputes the treatment visits by hand: Σ patients × US$30,000 (2017) × 1.27973 × cost index × 65%', () => {
    // Oncology phase-3 site payment 30,000 (2017 USD) inflated to 2024, × each country's index vs the
    // US, × the 65% treatment share (cost-benchmarks.json); the sample reports in USD, so FX cancels.
    let byHand = 0;
    for (const c of e.countries) {
      const index = getCountry(c.iso2)!.costs.perPatientCostIndexVsUS.mode;
      byHand += c.expectedPatients * 30_000 * CPI_2017_TO_2024 * index * 0.65;
    }
    expect(cost.expectedByCategory.patientsTreatment).toBeCloseTo(byHand, 0);
    // IP 12,000 and central lab 6,000 per randomised patient (2024 USD, no inflation).
    const randomised = e.countries.reduce((a, c) => a + c.expectedPatients, 0);
    expect(cost.expectedByCategory.investigationalProduct).toBeCloseTo(randomised * 12_000, 0);
    expect(cost.expectedByCategory.centralLabImaging).toBeCloseTo(randomised * 6_000, 0);
  });

  it('breaks the total down by every category and by quarter, with P10 ≤ P50 ≤ P90', () => {
    expect(Object.keys(cost.byCategoryPercentiles)).toEqual([...COST_CATEGORIES]);
    const quarters = cost.byQuarter.reduce((a, q) => a + q.expected, 0);
    expect(quarters).toBeCloseTo(cost.expectedTotal, -1);
    expect(cost.byQuarter.length).toBeGreaterThan(12);
    expect(cost.p10).toBeLessThanOrEqual(cost.p50);
    expect(cost.p50).toBeLessThanOrEqual(cost.p90);
    // Sites stay open through the follow-up the study defines after LPI (here from the primary
    // analysis: median LPI → required events, about 24 months; it moves with the start-up, e.g.
    // China's HGR filing vs approval), then 2 months to lock.
    const followUp = e.costScope!.followUpMonths;
    expect(followUp).toBeGreaterThan(20);
    expect(followUp).toBeLessThan(30);
    expect(cost.timeline.lastVisitMonths - cost.timeline.lpiMonths).toBeCloseTo(followUp, 6);
    expect(cost.timeline.dbLockMonths - cost.timeline.lastVisitMonths).toBeCloseTo(2, 6);
  });

  it('widens P10–P90 with unit-cost uncertainty, keeping the expected total on the point arithmetic', () => {
    // Timing alone moved the sample's total by about ±2% (P10–P90 48.4M–49.9M on 49.1M). Its unit
    // costs are mostly unsourced or proxies (σ 0.4–0.5), so the sampled spread must be far wider.
    expect(cost.uncertainty).toBe('timing-and-unit-costs');
    expect(cost.p10).toBeLessThan(cost.expectedTotal * 0.9);
    expect(cost.p90).toBeGreaterThan(cost.expectedTotal * 1.1);
    // Mean-one factors: the median sits just below the expected value, never above it by much.
    expect(cost.p50).toBeGreaterThan(cost.expectedTotal * 0.9);
    expect(cost.p50).toBeLessThan(cost.expectedTotal * 1.02);
    // Reproducible with the scenario's seed.
    const again = evaluateScenario(sample, 'SCN-GLOBAL', { runs: 300 }).cost!;
    expect(again.p10).toBe(cost.p10);
    expect(again.p90).toBe(cost.p90);
  });

  it('lists every unknown fee instead of costing it as 0', () => {
    const scope = e.costScope!;
    const missing = e.countries.flatMap((c) => {
      const ref = getCountry(c.iso2)!;
      return [
        ...(ref.costs.regulatoryFee ? [] : [`${c.iso2}:regulatory`]),
        ...(ref.costs.ethicsFee ? [] : [`${c.iso2}:ethics`]),
      ];
    });
    expect(missing.length).toBeGreaterThan(0);
    expect(scope.unknownFees.map((u) => `${u.iso2}:${u.fee}`).sort()).toEqual(missing.sort());
    const n = missing.filter((m) => m.endsWith(':ethics')).length;
    expect(scope.summary).toContain(`ethics fees for ${n} countries`);
  });
});
