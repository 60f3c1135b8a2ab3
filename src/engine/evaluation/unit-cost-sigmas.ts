import type { ReferenceCountry } from '../../domain/reference/index';
import type { InflatedUsd, StudyCostDefaults } from '../../domain/reference/cost-benchmarks';
import { sigmaFromRange, unitCostSigma, type CountryCostInput, type StudyCostInput } from '../cost/index';
import type { ModelCountry } from './build-model';
import type { CountryParameterKey } from './country-parameters';

/**
 * How uncertain each unit cost of a scenario is (docs/cost-model.md, "Unit-cost uncertainty"):
 * a reference value's σ follows its evidence kind and confidence (unitCostSigma); a value the
 * user overrode follows the range typed, read as P10–P90 (a point = a known, contracted price).
 */
function parameterSigma(c: ModelCountry, key: CountryParameterKey): number {
  const p = c.params[key];
  if (p.origin.kind === 'override') return sigmaFromRange(p.value.min, p.value.max);
  const prov = p.origin.provenance as { evidence?: string; confidence?: string };
  return unitCostSigma(prov.evidence, prov.confidence);
}

const feeSigma = (fee: { evidence?: string; confidence?: string } | undefined): number =>
  fee ? unitCostSigma(fee.evidence, fee.confidence) : 0; // an unknown fee is excluded, not sampled

const benchmarkSigma = (v: InflatedUsd): number => unitCostSigma(v.evidence, v.confidence);

export function unitCostSigmas(
  defaults: StudyCostDefaults,
  usPaymentOverridden: boolean,
): {
  study: NonNullable<StudyCostInput['unitCostSigma']>;
  country: (c: ModelCountry, ref: ReferenceCountry) => NonNullable<CountryCostInput['unitCostSigma']>;
} {
  return {
    study: {
      // A scenario that states its US grant (cost:usPerPatientUsd) states a known price.
      usSitePayment: usPaymentOverridden ? 0 : benchmarkSigma(defaults.usSitePaymentPerPatient),
      ipSupply: benchmarkSigma(defaults.ipSupplyPerPatient),
      centralLabImaging: benchmarkSigma(defaults.centralLabImagingPerPatient),
      insurance: benchmarkSigma(defaults.insurancePerPatient),
      dataManagement: benchmarkSigma(defaults.dataManagementBiostatsPerMonth),
    },
    country: (c, ref) => ({
      siteStartupFee: parameterSigma(c, 'siteStartupFee'),
      perPatient: parameterSigma(c, 'perPatientCostIndex'),
      monthlySiteCost: parameterSigma(c, 'monthlySiteCost'),
      monitoringVisitCost: parameterSigma(c, 'monitoringVisitCost'),
      regulatoryFee: feeSigma(ref.costs.regulatoryFee),
      ethicsFee: feeSigma(ref.costs.ethicsFee),
    }),
  };
}
