import type { ReferenceCountry } from './load';
import type { SourcedValueOrRange } from './provenance';

/**
 * A reference value as lists and the CLI show it: its numbers with provenance, or the string
 * "unknown" when the data hold no value. A missing value is never shown as 0.
 */
export type KnownOrUnknown =
  | {
      value: number;
      min: number;
      max: number;
      unit: string;
      source: string;
      asOf: string;
      confidence: string;
      /** Kind of evidence (docs/reference-data.md); "proxy" = a regional or global figure applied here. */
      evidence: string | undefined;
      proxy: boolean;
    }
  | 'unknown';

export function knownOrUnknown(v: SourcedValueOrRange | undefined): KnownOrUnknown {
  if (v === undefined) return 'unknown';
  const triple =
    'value' in v ? { value: v.value, min: v.value, max: v.value } : { value: v.mode, min: v.min, max: v.max };
  return {
    ...triple,
    unit: v.unit,
    source: v.source,
    asOf: v.asOf,
    confidence: v.confidence,
    evidence: v.evidence,
    proxy: v.evidence === 'proxy',
  };
}

/** The costs and optional facts of a country, each known (with provenance) or "unknown". */
export function countryFacts(
  c: ReferenceCountry,
): Record<string, KnownOrUnknown | Record<string, KnownOrUnknown>> {
  return {
    costs: {
      perPatientCostIndexVsUS: knownOrUnknown(c.costs.perPatientCostIndexVsUS),
      siteStartupFee: knownOrUnknown(c.costs.siteStartupFee),
      monthlySiteCost: knownOrUnknown(c.costs.monthlySiteCost),
      monitoringVisitCost: knownOrUnknown(c.costs.monitoringVisitCost),
      regulatoryFee: knownOrUnknown(c.costs.regulatoryFee),
      ethicsFee: knownOrUnknown(c.costs.ethicsFee),
    },
    recruitment: {
      overallMultiplier: knownOrUnknown(c.recruitment.overallMultiplier),
      screenFailureRate: knownOrUnknown(c.recruitment.screenFailureRate),
      shareOfSitesRandomisingAtMostOne: knownOrUnknown(c.recruitment.shareOfSitesRandomisingAtMostOne),
      emaPivotalPatientsPerSite: knownOrUnknown(c.recruitment.emaPivotalPatientsPerSite),
    },
    siteActivationMedianDays: knownOrUnknown(c.siteActivationMedianDays),
    competitionDensity: knownOrUnknown(c.competitionDensity),
  };
}
