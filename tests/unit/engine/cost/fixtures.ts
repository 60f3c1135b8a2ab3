import type { CostInput, CostOutcome, CountryCostInput } from '../../../../src/engine/cost';
import { AU_RDTI_DEFAULT } from '../../../../src/engine/cost';

/** US, sponsor-run, amounts in USD. Monitoring 0.5 visits × $1,800 = $900 per site-month. */
export const US: CountryCostInput = {
  iso2: 'US',
  currency: 'USD',
  fxPerUsd: 1,
  siteStartupFee: 20_000,
  // 10,000 per patient: 2,000 screening + 6,000 treatment + 2,000 follow-up; a screen failure
  // defaults to the screening payment, 2,000.
  perPatientScreening: 2_000,
  perPatientTreatment: 6_000,
  perPatientFollowUp: 2_000,
  screenFailureRate: 1 / 3,
  monthlySiteCost: 2_000,
  monitoringVisitsPerSiteMonth: 0.5,
  monitoringVisitCost: 1_800,
  regulatoryFee: 0,
  ethicsFee: 3_900,
  ethicsFeeBasis: 'site',
};

/** Australia run by CRO C1, amounts in AUD at 1.5 AUD per USD (so every AUD amount / 1.5 is USD). */
export const AU: CountryCostInput = {
  iso2: 'AU',
  currency: 'AUD',
  fxPerUsd: 1.5,
  siteStartupFee: 30_000, // = 20,000 USD
  perPatientScreening: 2_400, // 12,000 AUD in all = 8,000 USD
  perPatientTreatment: 7_200,
  perPatientFollowUp: 2_400,
  perScreenFailureCost: 3_000, // = 2,000 USD
  screenFailureRate: 1 / 3,
  monthlySiteCost: 3_000, // = 2,000 USD
  monitoringVisitsPerSiteMonth: 0.5,
  monitoringVisitCost: 2_000, // unused: the CRO charges per site-month
  regulatoryFee: 1_500, // = 1,000 USD
  ethicsFee: 4_500, // = 3,000 USD, once (national)
  ethicsFeeBasis: 'country',
  croId: 'C1',
};

export function baseInput(over: Partial<CostInput> = {}): CostInput {
  return {
    reportingCurrency: 'USD',
    reportingPerUsd: 1,
    countries: [US, AU],
    cros: [
      {
        id: 'C1',
        managementFeePct: 0.1,
        monitoringPerSiteMonthUsd: 2_500,
        passThroughMarkupPct: 0.05,
        fxPolicy: 'pass-through',
      },
    ],
    sponsor: { aggregatedTurnoverAud: 12_000_000, hasAustralianEntity: true },
    incentives: [AU_RDTI_DEFAULT],
    ...over,
  };
}

export const OUTCOME: CostOutcome = {
  sites: [
    { iso2: 'US', activated: true, openMonths: 10 },
    { iso2: 'US', activated: true, openMonths: 6 },
    { iso2: 'US', activated: false, openMonths: 0 },
    { iso2: 'AU', activated: true, openMonths: 12 },
  ],
  patients: { US: { randomised: 20, screened: 30 }, AU: { randomised: 10, screened: 15 } },
};
