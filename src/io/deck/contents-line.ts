import type { ReportModel, ReportScenario } from './report-model';

/**
 * What every export says up front (issue 13): which scenarios it contains, and for each number
 * that starts from the running trial's actuals, up to which date.
 */
export function actualsLabel(s: Pick<ReportScenario, 'actualsAsOf'>): string | null {
  return s.actualsAsOf ? `includes actuals to ${s.actualsAsOf}` : null;
}

/** A scenario's name, followed by its actuals label when it has one. */
export function scenarioLabel(s: Pick<ReportScenario, 'name' | 'actualsAsOf'>): string {
  const actuals = actualsLabel(s);
  return actuals ? `${s.name} — ${actuals}` : s.name;
}

/** "This document covers 2 scenarios: A; B — includes actuals to 2027-09-30." */
export function contentsLine(model: Pick<ReportModel, 'scenarios'>): string {
  const n = model.scenarios.length;
  return `This document covers ${n} scenario${n === 1 ? '' : 's'}: ${model.scenarios.map(scenarioLabel).join('; ')}.`;
}
