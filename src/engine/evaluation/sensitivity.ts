import { studyCostDefaults } from '../../domain/reference/cost-benchmarks';
import type { Workspace } from '../../domain/workspace/index';
import { tornado, type SensitivityParameter, type TornadoResult } from '../sensitivity/index';
import { buildScenarioModel } from './build-model';
import { countryOverrideKey } from './scenario-overrides';
import { evaluateScenario } from './evaluate';

/** Runs used per evaluation: sensitivity needs many evaluations; common random numbers keep them comparable. */
const SENSITIVITY_RUNS = 600;

/**
 * One-at-a-time sensitivity of a scenario's median last-patient-in and expected cost: each
 * country's regulatory, contract and recruitment assumptions across their stated min–max, plus
 * study-wide assumptions across documented ranges. Every evaluation uses the same seed.
 */
export function scenarioSensitivity(
  workspace: Workspace,
  scenarioId: string,
  options: { seed?: number; runs?: number } = {},
): TornadoResult {
  const model = buildScenarioModel(workspace, scenarioId);
  const parameters: SensitivityParameter[] = [];
  const sitePayment = studyCostDefaults(
    workspace.study.therapeuticArea,
    workspace.study.phase,
  ).usSitePaymentPerPatient;
  for (const c of model.countries) {
    for (const key of ['regulatoryDays', 'contractDays', 'recruitmentMultiplier'] as const) {
      const v = c.params[key].value;
      if (v.max > v.min)
        parameters.push({
          id: countryOverrideKey(c.iso2, key),
          label: `${c.name}: ${c.params[key].label}`,
          low: v.min,
          high: v.max,
          unit: c.params[key].unit,
        });
    }
  }
  parameters.push(
    {
      id: 'settings:optimismDiscount',
      label: 'Optimism discount on site estimates',
      low: 0.1,
      high: 0.5,
      unit: 'share',
    },
    {
      id: 'study:screenFailureRate',
      label: 'Screen-failure rate',
      low: Math.max(0, model.screenFailureRate - 0.15),
      high: Math.min(0.9, model.screenFailureRate + 0.15),
      unit: 'share',
    },
    {
      id: 'cost:usPerPatientUsd',
      label: 'US per-patient site payment',
      low: sitePayment.min,
      high: sitePayment.max,
      unit: 'USD',
      source: `${sitePayment.source} (${sitePayment.priceYear} USD × ${sitePayment.factor.toFixed(3)} CPI-U)`,
    },
  );
  const scenario = model.scenario;
  const base: Record<string, number> = { ...scenario.overrides };
  const evaluate = (overrides: Record<string, number>) => {
    const ws: Workspace = {
      ...workspace,
      scenarios: workspace.scenarios.map((s) => (s.id === scenarioId ? { ...s, overrides } : s)),
    };
    const e = evaluateScenario(ws, scenarioId, {
      runs: options.runs ?? SENSITIVITY_RUNS,
      seed: options.seed ?? workspace.settings.seed,
    });
    return {
      lastPatientInP50: e.forecast.timeToTarget.p50,
      expectedCost: e.cost?.expectedTotal ?? Number.NaN,
    };
  };
  return tornado(base, parameters, evaluate, { set: (b, id, value) => ({ ...b, [id]: value }) });
}
