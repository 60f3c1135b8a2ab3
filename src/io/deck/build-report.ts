import { version as appVersion } from '../../../package.json';
import { CURRENT_SCHEMA_VERSION, type Workspace } from '../../domain/workspace/index';
import { buildScenarioModel } from '../../engine/scenario/build-model';
import type { ScenarioEvaluation } from '../../engine/scenario/evaluate';
import { buildReportModel, type CountryAssumptionInput, type ReportModel } from './report-model';

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
export function buildReport(workspace: Workspace, evaluations: ScenarioEvaluation[], generatedAt = new Date().toISOString()): ReportModel {
  return buildReportModel(workspace, evaluations, {
    appVersion,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    generatedAt,
    countryParameters: countryParametersFor(
      workspace,
      evaluations.map((e) => e.scenarioId),
    ),
  });
}
