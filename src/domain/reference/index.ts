import authoritiesJson from '../../../data/reference/authorities.json';
import countriesJson from '../../../data/reference/countries.json';
import fxJson from '../../../data/reference/fx.json';
import metaJson from '../../../data/reference/meta.json';
import pathwaysJson from '../../../data/reference/pathways.json';
import therapeuticAreasJson from '../../../data/reference/therapeutic-areas.json';
import benchmarksJson from '../../../data/reference/benchmarks.json';
import { applyBenchmarkDefaults, benchmarkPhaseFactor } from './benchmark-defaults';
import { linkReferenceData, type ReferenceData, type ReferenceFiles } from './load';

export * from './provenance';
export type { Authority } from './authority';
export type { Pathway, PathwayStep, Gate, DayType } from './pathway';
export type { Country, CountryCosts, Region } from './country';
export { REGIONS } from './country';
export type { Incentive, IncentiveTier } from './incentive';
export type { TherapeuticArea, TherapeuticAreaId } from './therapeutic-area';
export { THERAPEUTIC_AREA_IDS } from './therapeutic-area';
export type { FxRate, ReferenceMeta } from './fx';
export type { ReferenceData, ReferenceCountry } from './load';
export { parseReferenceData, linkReferenceData } from './load';
export { nominalApprovalDays, countrySummary, type CountrySummary } from './summary';
export { findProvenanceViolations, type ProvenanceViolation } from './provenance-walk';
export { authoritySchema } from './authority';
export { pathwaySchema, pathwayStepSchema, gateSchema } from './pathway';
export { countrySchema } from './country';
export { incentiveSchema } from './incentive';
export { therapeuticAreaSchema, therapeuticAreasFileSchema } from './therapeutic-area';
export { fxFileSchema, metaSchema } from './fx';
export { referenceFilesSchema } from './load';

/** The bundled data files, by the names of `referenceFilesSchema` (validated by the tests, below). */
export const bundledReferenceFiles = {
  authorities: authoritiesJson,
  pathways: pathwaysJson,
  countries: countriesJson,
  therapeuticAreas: therapeuticAreasJson,
  fx: fxJson,
  meta: metaJson,
};

/**
 * The reference dataset. The files' schema check runs in the tests, not at every start
 * (tests/unit/domain/reference/bundled-files.test.ts: each file parses, and parsing changes
 * nothing, so these objects are what the parse would give); the cross-references are checked
 * here, so an inconsistent file still fails loudly instead of feeding bad numbers to the engines.
 * Recruitment base rates and country multipliers are then replaced by the ClinicalTrials.gov
 * benchmarks.
 */
export const referenceData: ReferenceData = applyBenchmarkDefaults(
  linkReferenceData(bundledReferenceFiles as ReferenceFiles),
  benchmarksJson,
);

export { applyBenchmarkDefaults, type BenchmarkDefaultsSource } from './benchmark-defaults';

/** Recruitment defaults fitted on ClinicalTrials.gov (data/reference/benchmarks.json). */
export const recruitmentBenchmarks = {
  /** Between-site Gamma shape of a site's rate in one study: the default prior dispersion. */
  siteShape: benchmarksJson.priorDispersion.siteShape,
  siteCv: benchmarksJson.priorDispersion.siteCv,
  source: `${benchmarksJson.dataset.name}, ${benchmarksJson.dataset.eligibleStudies} industry phase 2–3 studies, NB model`,
  /** Factor on the phase 3 base rate for a planned phase. */
  phaseFactor: (phase: string) => benchmarkPhaseFactor(benchmarksJson, phase),
};

const countryByIso = new Map(referenceData.countries.map((c) => [c.iso2, c]));
const pathwayById = new Map(referenceData.pathways.map((p) => [p.id, p]));
const authorityById = new Map(referenceData.authorities.map((a) => [a.id, a]));
const areaById = new Map(referenceData.therapeuticAreas.areas.map((a) => [a.id as string, a]));

/** A reference country by ISO 3166-1 alpha-2 code (case-insensitive), or undefined. */
export function getCountry(iso2: string) {
  return countryByIso.get(iso2.toUpperCase());
}

/** A regulatory pathway by id (e.g. "fda-ind", "nmpa-pilot-30wd"), or undefined. */
export function getPathway(id: string) {
  return pathwayById.get(id);
}

/** An authority by id (e.g. "fda", "eu-ctr"), or undefined. */
export function getAuthority(id: string) {
  return authorityById.get(id);
}

/** A therapeutic area by id (e.g. "oncology"), or undefined. */
export function getTherapeuticArea(id: string) {
  return areaById.get(id);
}

/** The pathways of an authority, in data order. */
export function pathwaysOfAuthority(authorityId: string) {
  return referenceData.pathways.filter((p) => p.authorityId === authorityId);
}

/** A country's default pathway (the first of its `pathwayIds`). */
export function defaultPathway(iso2: string) {
  const c = getCountry(iso2);
  const id = c?.pathwayIds[0];
  return id === undefined ? undefined : getPathway(id);
}

/**
 * Recruitment multiplier of a country for a therapeutic area (dimensionless, applied to the
 * area's base rate in patients/site/month): the area-specific figure when the data has one,
 * otherwise the country's overall multiplier.
 */
export function recruitmentMultiplier(iso2: string, areaId: string) {
  const c = getCountry(iso2);
  if (!c) return undefined;
  const byArea = c.recruitment.byArea as Partial<
    Record<string, (typeof c.recruitment.byArea)[keyof typeof c.recruitment.byArea]>
  >;
  return byArea[areaId] ?? c.recruitment.overallMultiplier;
}

/** ISO2 codes of markets whose filings need local patients. */
export function marketsRequiringLocalPatients(): string[] {
  return referenceData.countries.filter((c) => c.localPatientsRequiredForFiling?.required).map((c) => c.iso2);
}

/**
 * Converts an amount in a country's currency to USD with the reference FX rate (units of local
 * currency per USD). Returns undefined for an unknown currency.
 */
export function toUsd(amount: number, currency: string): number | undefined {
  const rate = referenceData.fx.rates[currency];
  return rate ? amount / rate.value : undefined;
}
