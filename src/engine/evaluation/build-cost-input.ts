import { getCountry, referenceData } from '../../domain/reference/index';
import { studyCostDefaults } from '../../domain/reference/cost-benchmarks';
import type { Workspace } from '../../domain/workspace/index';
import {
  DEFAULT_MONITORING_VISITS_PER_SITE_MONTH,
  rdtiRuleFromReference,
  type CostInput,
  type CountryCostInput,
  type CroCostInput,
} from '../cost/index';
import type { ScenarioModel } from './build-model';
import { costScopeOf, type CostScope } from './cost-scope';
import { unitCostSigmas } from './unit-cost-sigmas';

const fxPerUsd = (currency: string): number => referenceData.fx.rates[currency]?.value ?? Number.NaN;

/**
 * The cost model's inputs for a scenario: each country's fees in its own currency (reference
 * values, the user's overrides and the scenario's), the assigned CRO's terms, the study-level
 * costs and follow-up from data/reference/cost-benchmarks.json (inflated to its target year), and
 * the sponsor facts for incentive rules (Australia's R&D Tax Incentive as a rule with its
 * conditions). Also returns the scope: what the budget includes and what it leaves out because a
 * fee is unknown (never a silent 0).
 */
/** Shortest cost horizon, months from submission. */
export const MIN_COST_HORIZON_MONTHS = 120;

/**
 * Follow-up after last patient in that the budget runs through, when the study's primary analysis
 * gives it (issue #19): a fixed follow-up, or the median time from LPI to the required events.
 */
export interface FollowUpFromAnalysis {
  months: number;
  source: string;
}

export function buildCostInput(
  workspace: Workspace,
  model: ScenarioModel,
  followUp?: FollowUpFromAnalysis,
): { input: CostInput; scope: CostScope } {
  const study = workspace.study;
  const defaults = studyCostDefaults(study.therapeuticArea, study.phase);
  const usSitePaymentUsd =
    model.scenario.overrides['cost:usPerPatientUsd'] ?? defaults.usSitePaymentPerPatient.mode;
  const split = defaults.visitSplit;
  const croIds = new Set<string>();
  const unknownFees: CostScope['unknownFees'] = [];
  const sigmas = unitCostSigmas(defaults, model.scenario.overrides['cost:usPerPatientUsd'] !== undefined);
  const countries: CountryCostInput[] = model.countries.map((c) => {
    const ref = getCountry(c.iso2);
    if (!ref) throw new Error(`Unknown country ${c.iso2}`);
    const fx = fxPerUsd(ref.currency);
    const ethicsModel = ref.ethics?.model ?? 'central';
    if (c.cro) croIds.add(c.cro.id);
    const regulatoryFee = ref.costs.regulatoryFee?.value;
    const ethicsFee = ref.costs.ethicsFee?.value;
    if (regulatoryFee === undefined) unknownFees.push({ iso2: c.iso2, fee: 'regulatory' });
    if (ethicsFee === undefined) unknownFees.push({ iso2: c.iso2, fee: 'ethics' });
    const perPatient = usSitePaymentUsd * c.effective.perPatientCostIndex.mode * fx;
    return {
      iso2: c.iso2,
      currency: ref.currency,
      fxPerUsd: fx,
      siteStartupFee: c.effective.siteStartupFee.mode,
      perPatientScreening: perPatient * split.screening,
      perPatientTreatment: perPatient * split.treatment,
      perPatientFollowUp: perPatient * split.followUp,
      screenFailureRate: model.screenFailureRate,
      monthlySiteCost: c.effective.monthlySiteCost.mode,
      monitoringVisitsPerSiteMonth: DEFAULT_MONITORING_VISITS_PER_SITE_MONTH,
      monitoringVisitCost: c.effective.monitoringVisitCost.mode,
      regulatoryFee,
      ethicsFee,
      ethicsFeeBasis:
        ethicsModel === 'local' || ethicsModel === 'institutional' || ethicsModel === 'mixed'
          ? 'site'
          : 'country',
      ...(c.cro ? { croId: c.cro.id } : {}),
      unitCostSigma: sigmas.country(c, ref),
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
  // The study's own follow-up wins; then the primary analysis (#19); then the reference default.
  const followUpMonths = study.followUpMonths ?? followUp?.months ?? defaults.followUpMonthsAfterLpi.mode;
  const followUpSource =
    study.followUpMonths !== undefined ? 'study' : followUp ? followUp.source : 'reference default';
  const input: CostInput = {
    reportingCurrency: study.reportingCurrency,
    reportingPerUsd: fxPerUsd(study.reportingCurrency),
    countries,
    cros,
    sponsor: {
      hasAustralianEntity: sponsor.hasAustralianEntity,
      ...(sponsor.aggregatedTurnoverAud !== undefined
        ? { aggregatedTurnoverAud: sponsor.aggregatedTurnoverAud }
        : {}),
    },
    incentives:
      model.countries.some((c) => c.iso2 === 'AU') && auIncentive ? [rdtiRuleFromReference(auIncentive)] : [],
    // Twice the deadline, and never under ten years: a deadline one day after submission made a
    // one-month horizon that cut every run's running costs (13.7M → 6.2M, issue #14). Runs that
    // still reach the horizon are counted and reported (runsCutAtHorizon → a warning).
    horizonMonths: Math.ceil(Math.max(model.deadlineMonths * 2, MIN_COST_HORIZON_MONTHS)),
    study: {
      ipSupplyPerPatientUsd: defaults.ipSupplyPerPatient.mode,
      centralLabImagingPerPatientUsd: defaults.centralLabImagingPerPatient.mode,
      insurancePerPatientUsd: defaults.insurancePerPatient.mode,
      dataManagementPerMonthUsd: defaults.dataManagementBiostatsPerMonth.mode,
      followUpMonths,
      dbLockMonths: defaults.dbLockMonthsAfterLastVisit.mode,
      unitCostSigma: sigmas.study,
    },
  };
  const scope = costScopeOf({
    defaults,
    followUpMonths,
    followUpSource,
    usSitePaymentUsd,
    unknownFees,
    countryNames: new Map(model.countries.map((c) => [c.iso2, c.name])),
  });
  return { input, scope };
}
