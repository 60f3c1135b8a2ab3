import { version as appVersion } from '../../../package.json';
import { CURRENT_SCHEMA_VERSION, type Workspace } from '../../domain/workspace/index';
import { buildScenarioModel } from '../../engine/evaluation/build-model';
import type { ScenarioEvaluation } from '../../engine/evaluation/evaluate';
import { recommend } from '../../engine/decision/recommendation';
import type { ComparedScenario } from '../../engine/evaluation/compare';
import type { ScenarioScore } from '../../engine/scores/index';
import {
  buildReportModel,
  type CountryAssumptionInput,
  type ReportDecision,
  type ReportModel,
} from './report-model';

export { appVersion };

/** The resolved parameters (value + provenance) of every country in the given scenarios. */
export function countryParametersFor(workspace: Workspace, scenarioIds: string[]): CountryAssumptionInput[] {
  const out = new Map<string, CountryAssumptionInput>();
  for (const id of scenarioIds) {
    if (!workspace.scenarios.some((s) => s.id === id)) continue;
    for (const c of buildScenarioModel(workspace, id).countries) {
      if (!out.has(c.iso2)) out.set(c.iso2, { iso2: c.iso2, name: c.name, params: c.params });
    }
  }
  return [...out.values()];
}

/** The report model of evaluated scenarios, stamped with this app's version and schema version. */
export function buildReport(
  workspace: Workspace,
  evaluations: ScenarioEvaluation[],
  generatedAt = new Date().toISOString(),
  compared?: { compared: ComparedScenario[]; scores: ScenarioScore[] },
): ReportModel {
  const model = buildReportModel(workspace, evaluations, {
    appVersion,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    generatedAt,
    countryParameters: countryParametersFor(
      workspace,
      evaluations.map((e) => e.scenarioId),
    ),
  });
  return compared && compared.scores.length > 0
    ? { ...model, decision: decisionOf(workspace, compared.compared, compared.scores) }
    : model;
}

/** The ranking, the recommendation in words and the regional requirements, for the deck and the PDF. */
export function decisionOf(
  workspace: Workspace,
  compared: ComparedScenario[],
  scores: ScenarioScore[],
): ReportDecision {
  return {
    ranking: [...scores]
      .sort((a, b) => a.rank - b.rank)
      .map((s) => ({
        id: s.id,
        name: s.name,
        rank: s.rank,
        composite: s.composite.score,
        speed: s.speed.score,
        cost: s.cost.score,
        feasibility: s.feasibility.score,
        regional: s.regional.score,
      })),
    recommendation: recommend(
      compared,
      scores,
      workspace.study.plannedFirstSubmission,
      workspace.study.reportingCurrency,
    ).map((s) => s.text),
    requirements: compared.flatMap((c) =>
      c.markets.markets.map((m) => ({
        scenario: c.evaluation.scenarioName,
        market: m.label,
        required: m.requiredShare,
        expected: m.expectedShare,
        probability: m.probability,
        status: m.status,
      })),
    ),
  };
}
