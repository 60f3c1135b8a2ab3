import { getCountry, referenceData } from '../../domain/reference/index';
import type { Workspace } from '../../domain/workspace/index';
import {
  DEFAULT_MONITORING_VISITS_PER_SITE_MONTH,
  rdtiRuleFromReference,
  type CostInput,
  type CountryCostInput,
  type CroCostInput,
  US_PER_PATIENT_GRANT_USD,
} from '../cost/index';
import type { ScenarioModel } from './build-model';


const fxPerUsd = (currency: string): number => referenceData.fx.rates[currency]?.value ?? Number.NaN;

/**
 * The cost model's inputs for a scenario: each country's fees in its own currency (reference
 * values, the user's overrides and the scenario's), the assigned CRO's terms, the sponsor facts
 * for incentive rules (Australia's R&D Tax Incentive as a rule with its conditions).
 */
/** Shortest cost horizon, months from submission. */
export const MIN_COST_HORIZON_MONTHS = 120;

export function buildCostInput(workspace: Workspace, model: ScenarioModel): CostInput {
  const usPerPatientUsd = model.scenario.overrides['cost:usPerPatientUsd'] ?? US_PER_PATIENT_GRANT_USD;
  const croIds = new Set<string>();
  const countries: CountryCostInput[] = model.countries.map((c) => {
    const ref = getCountry(c.iso2);
    if (!ref) throw new Error(`Unknown country ${c.iso2}`);
    const fx = fxPerUsd(ref.currency);
    const ethicsModel = ref.ethics?.model ?? 'central';
    if (c.cro) croIds.add(c.cro.id);
    return {
      iso2: c.iso2,
      currency: ref.currency,
      fxPerUsd: fx,
      siteStartupFee: c.effective.siteStartupFee.mode,
      perPatientCost: usPerPatientUsd * c.effective.perPatientCostIndex.mode * fx,
      screenFailureRate: model.screenFailureRate,
      monthlySiteCost: c.effective.monthlySiteCost.mode,
      monitoringVisitsPerSiteMonth: DEFAULT_MONITORING_VISITS_PER_SITE_MONTH,
      monitoringVisitCost: c.effective.monitoringVisitCost.mode,
      regulatoryFee: ref.costs.regulatoryFee?.value ?? 0,
      ethicsFee: ref.costs.ethicsFee?.value ?? 0,
      ethicsFeeBasis: ethicsModel === 'local' || ethicsModel === 'institutional' || ethicsModel === 'mixed' ? 'site' : 'country',
      ...(c.cro ? { croId: c.cro.id } : {}),
    };
  });
  const cros: CroCostInput[] = workspace.cros
    .filter((c) => croIds.has(c.id))
    .map((c) => ({
      id: c.id,
      managementFeePct: c.fees.managementFeePct,
      monitoringPerSiteMonthUsd: c.fees.monitoringPerSiteMonthUsd,
      passThroughMarkupPct: c.fees.passThroughMarkupPct,
      fxPolicy: c.fees.fxPolicy,
    }));
  const auIncentive = getCountry('AU')?.incentives.find((i) => i.id === 'au-rdti');
  const sponsor = workspace.settings.sponsor;
  return {
    reportingCurrency: workspace.study.reportingCurrency,
    reportingPerUsd: fxPerUsd(workspace.study.reportingCurrency),
    countries,
    cros,
    sponsor: {
      hasAustralianEntity: sponsor.hasAustralianEntity,
      ...(sponsor.aggregatedTurnoverAud !== undefined ? { aggregatedTurnoverAud: sponsor.aggregatedTurnoverAud } : {}),
    },
    incentives: model.countries.some((c) => c.iso2 === 'AU') && auIncentive ? [rdtiRuleFromReference(auIncentive)] : [],
    // Twice the deadline, and never under ten years: a deadline one day after submission made a
    // one-month horizon that cut every run's running costs (13.7M → 6.2M, issue #14). Runs that
    // still reach the horizon are counted and reported (runsCutAtHorizon → a warning).
    horizonMonths: Math.ceil(Math.max(model.deadlineMonths * 2, MIN_COST_HORIZON_MONTHS)),
  };
}
