import { describe, expect, it } from 'vitest';
import { readCostSummary } from '../../../../src/io/deck/cost-summary';
import { buildReportModel, originText, reproducibilityLine } from '../../../../src/io/deck/report-model';
import { context, global, globalCost, usOnly, workspace } from './fixtures';

describe('report model', () => {
  it('computes the filing markets’ expected share from the countries they cover', () => {
    // Given the Global scenario with JP and CN 120 of 600 expected patients each (20%), markets requiring 15%
    const report = buildReportModel(workspace, [global], context);
    // Then each market expects 120/600 = 20% and is met
    const regional = report.scenarios[0]?.regional ?? [];
    expect(regional.map((r) => r.market)).toEqual(['Japan (PMDA)', 'China (NMPA)']);
    for (const r of regional) {
      expect(r.expected).toBeCloseTo(0.2, 12);
      expect(r.required).toBe(0.15);
      expect(r.met).toBe(true);
    }
    // And a scenario without those countries is short on both
    const us = buildReportModel(workspace, [usOnly], context).scenarios[0];
    expect(us?.regional.every((r) => r.expected === 0 && !r.met)).toBe(true);
  });

  it('lists risks: low deadline probability, regional shortfalls, low-confidence and overridden assumptions', () => {
    const report = buildReportModel(workspace, [usOnly, global], context);
    expect(report.risks).toEqual(
      expect.arrayContaining([
        'US + EU only: only 2% chance of reaching the target by the deadline (P50 43.4 months).',
        'US + EU only: Japan (PMDA) expects 0.0% of patients; 15.0% is required.',
        'Global: 65% chance of reaching the target by the deadline — below the usual 80% comfort level.',
        '1 assumptions have low confidence or no public source (Japan…): review them before deciding.',
        '1 country values are user overrides of the reference data.',
      ]),
    );
  });

  it('keeps each assumption with its source; overrides name the reference value they replace', () => {
    const report = buildReportModel(workspace, [global], context);
    expect(report.assumptions).toHaveLength(3);
    const jp = report.assumptions.find((a) => a.iso2 === 'JP' && a.parameter === 'Contract & budget');
    expect(jp?.source).toBe('JCRN survey 2024 (as of 2025-06; confidence medium)');
    const us = report.assumptions.find((a) => a.iso2 === 'US');
    expect(us).toMatchObject({
      kind: 'override',
      confidence: 'user',
      source: 'User override — CRO quote; reference value 120 (60–200).',
    });
    expect(report.sources).toEqual([
      'JCRN survey 2024 (as of 2025-06)',
      'Unsourced illustrative inputs (flagged for review)',
    ]);
  });

  it('stamps seed, runs, app and schema version for reproducibility', () => {
    const report = buildReportModel(workspace, [global], context);
    expect(report.meta).toMatchObject({
      seed: 42,
      runs: 5000,
      appVersion: '9.9.9',
      schemaVersion: 2,
      targetRandomised: 600,
    });
    expect(reproducibilityLine(report.meta)).toBe(
      'Workspace "' +
        workspace.study.name +
        '"; actuals not included; Monte Carlo 5,000 runs, seed 42; MRCT Planner 9.9.9, workspace schema v2; generated 2026-05-01 10:20 UTC.',
    );
  });

  it('describes a derived value with its explanation and an unsourced one as such', () => {
    const provenance = { source: 'none', asOf: '2025', confidence: 'low' as const, unsourced: true };
    expect(originText({ kind: 'reference', provenance })).toBe(
      'No public source — illustrative input to review (as of 2025; confidence low)',
    );
    expect(
      originText({
        kind: 'derived',
        explanation: 'Clock: 60 d.',
        provenance: { source: 'PMDA', asOf: '2024', confidence: 'high' },
      }),
    ).toBe('Clock: 60 d. PMDA (as of 2024; confidence high)');
  });
});

describe('cost summary', () => {
  it('reads the engine’s CostDistribution shape, largest country first, zero categories dropped', () => {
    const cost = readCostSummary(global, 'EUR');
    expect(cost).toMatchObject({
      currency: 'USD',
      expected: 16_800_000,
      p10: 15_900_000,
      p50: 16_700_000,
      p90: 17_900_000,
    });
    expect(cost?.byCountry.map((c) => c.iso2)).toEqual(['US', 'JP', 'CN']);
    expect(cost?.byCategory.map((c) => c.label)).toEqual([
      'Site start-up',
      'Patient visits: treatment',
      'Monitoring',
      'Incentives (refund)',
    ]);
    expect(cost?.byCategory.at(-1)?.amount).toBe(-200_000);
  });

  it('reads a plainer {expected, byCountry: {total}} shape and is absent when the evaluation has no cost', () => {
    const plain = {
      cost: {
        expected: 10,
        p10: 8,
        p90: 12,
        byCountry: { FR: { total: 10, byCategory: {} } },
        byCategory: { monitoring: 10 },
      },
    };
    expect(readCostSummary(plain, 'EUR')).toMatchObject({
      currency: 'EUR',
      expected: 10,
      byCountry: [{ iso2: 'FR', amount: 10 }],
    });
    expect(readCostSummary(usOnly, 'USD')).toBeUndefined();
    expect(readCostSummary({ cost: { p10: 1 } }, 'USD')).toBeUndefined();
    expect(readCostSummary({ ...globalCost, cost: undefined }, 'USD')).toBeUndefined();
  });
});
