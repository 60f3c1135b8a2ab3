import { getCountry, type ReferenceCountry } from '../../domain/reference/index';
import { croCovers, type Cro, type Scenario, type Workspace } from '../../domain/workspace/index';
import type { SitePrior } from '../priors/index';
import { cachedSitePrior, countryDefaultRate, namedSitePrior } from './site-priors';
import { allocateSites, type CountryStartup, type ForecastInput, type Tri } from '../forecast/index';
import {
  resolveCountryParameters,
  type CountryParameterKey,
  type ResolvedParameter,
  type Triple,
} from './country-parameters';
import { DAYS_PER_MONTH, daysBetween } from '../../domain/dates';
import { choosePathway } from './pathway-choice';
import { reportingMemberState, type ReportingMemberState } from './reporting-member-state';
import { chinaHgr, isHgrGate, type ChinaHgr } from './china-hgr';
import { applyModeOverride, countryScenarioOverrides } from './scenario-overrides';

export interface ModelSite {
  /** Workspace site id, or `<ISO2>-generic-<n>` for a counted generic site. */
  id: string;
  name: string;
  iso2: string;
  named: boolean;
  prior: SitePrior;
}

export interface ModelCountry {
  iso2: string;
  name: string;
  region: string;
  pathwayId: string;
  pathwayName: string;
  params: Record<CountryParameterKey, ResolvedParameter>;
  /** Values after per-scenario overrides and the CRO's start-up speed factor. */
  effective: Record<CountryParameterKey, Triple>;
  startup: CountryStartup;
  siteCount: number;
  defaultRate: number;
  cro: Cro | undefined;
  cap: number | undefined;
  minShare: number | undefined;
}

export interface ScenarioModel {
  scenario: Scenario;
  countries: ModelCountry[];
  sites: ModelSite[];
  /** Months from the planned first submission (month 0) to the enrollment deadline. */
  deadlineMonths: number;
  forecastInput: ForecastInput;
  screenFailureRate: number;
  dropoutRate: number;
  /** Problems the user should know about (unknown country, CRO not covering a country…). */
  warnings: string[];
  /** EU reporting member state whose holidays count the CTR clock; none without an EU country. */
  euReportingMemberState: ReportingMemberState | undefined;
  /** China's HGR step from the study facts, when a China pathway with an HGR gate is in the scenario. */
  chinaHgr: ChinaHgr | undefined;
}

const toTri = (t: Triple): Tri => ({ min: t.min, mode: t.mode, max: t.max });
const scale = (t: Triple, k: number): Triple => ({ min: t.min * k, mode: t.mode * k, max: t.max * k });

/** The CRO assigned to a country in a scenario: the region's CRO if set, else the global one. */
export function assignedCro(scenario: Scenario, cros: Cro[], region: string): Cro | undefined {
  const id = scenario.cro.byRegion[region] ?? scenario.cro.globalId;
  return id ? cros.find((c) => c.id === id) : undefined;
}

/**
 * Turns a workspace scenario into the engine's inputs: each country's start-up durations (clock
 * engine + reference data + the user's overrides + the CRO's speed factor), each site's Gamma
 * rate prior, caps and the deadline. Pure: the same workspace gives the same model.
 *
 * Month 0 is the planned first submission. Site rates are randomised patients/site/month, so
 * the forecast counts randomised patients toward `targetRandomised`; screen failure and dropout
 * then matter for cost and evaluable numbers, not for the randomisation target.
 */
export function buildScenarioModel(workspace: Workspace, scenarioId: string): ScenarioModel {
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`Unknown scenario "${scenarioId}"`);
  const study = workspace.study;
  const overrides = scenario.overrides;
  const optimismDiscount = overrides['settings:optimismDiscount'] ?? workspace.settings.optimismDiscount;
  const warnings: string[] = [];
  const countries: ModelCountry[] = [];
  const sites: ModelSite[] = [];
  // Id indexes: a scenario can name thousands of sites, and a linear search per site made the
  // model O(sites²) (10,000 named sites: ~100 M comparisons).
  const siteById = new Map(workspace.sites.map((s) => [s.id, s]));
  const piById = new Map(workspace.investigators.map((i) => [i.id, i]));

  // The CTR clock counts on the reporting member state's holidays (Reg. 536/2014 Art. 5, Reg. 1182/71).
  const sitesByCountry = new Map(
    scenario.countries.map((e) => [
      e.iso2,
      e.useNamedSites ? e.siteIds.filter((id) => siteById.has(id)).length : e.siteCount,
    ]),
  );
  const rmsChoice = reportingMemberState(scenario, sitesByCountry);
  const hgr = chinaHgr(workspace);
  let anyHgrGate = false;
  const euRms = rmsChoice.rms;
  warnings.push(...rmsChoice.warnings);

  for (const entry of scenario.countries) {
    const ref: ReferenceCountry | undefined = getCountry(entry.iso2);
    if (!ref) {
      warnings.push(`${entry.iso2} is not in the reference data and was left out.`);
      continue;
    }
    const selection = workspace.countries.find((c) => c.iso2 === entry.iso2);
    const pathway = choosePathway(ref, study.plannedFirstSubmission, selection?.pathwayId);
    const params = resolveCountryParameters(ref, selection, {
      therapeuticArea: study.therapeuticArea,
      submission: study.plannedFirstSubmission,
      pathway,
      ...(euRms && pathway.authorityId === 'eu-ctr' ? { holidayCalendar: euRms.iso2 } : {}),
    });
    const scenarioValues = countryScenarioOverrides(overrides, entry.iso2);
    const cro = assignedCro(scenario, workspace.cros, ref.region);
    if (cro && !croCovers(cro, ref.iso2, ref.region))
      warnings.push(`${cro.name} does not cover ${ref.name}.`);
    const speed = cro?.startupSpeedFactor ?? 1;
    const effective = Object.fromEntries(
      Object.entries(params).map(([key, p]) => [
        key,
        applyModeOverride(p.value, scenarioValues[key as CountryParameterKey]),
      ]),
    ) as Record<CountryParameterKey, Triple>;
    effective.contractDays = scale(effective.contractDays, speed);
    effective.initiationDays = scale(effective.initiationDays, speed);
    const relation = pathway.ethics.relation;
    if (pathway.gates.some((g) => isHgrGate(g.id))) anyHgrGate = true;
    const startup: CountryStartup = {
      countryId: ref.iso2,
      regulatoryDays: toTri(effective.regulatoryDays),
      ethicsDays: toTri(effective.ethicsDays),
      ethicsMode:
        relation === 'before-regulator' || relation === 'after-regulator' ? 'sequential' : 'parallel',
      // China's HGR: only the gate the study's facts call for (approval, filing or none), china-hgr.ts.
      gateDays: pathway.gates
        .filter((g) => !isHgrGate(g.id) || g.id === hgr.gateId)
        .map((g) => ({
          min: g.durationDays.min,
          mode: g.durationDays.mode,
          max: g.durationDays.max,
        })),
      contractDays: toTri(effective.contractDays),
      initiationDays: toTri(effective.initiationDays),
      pNeverActivate: effective.pNeverActivate.mode,
    };
    const defaultRate = countryDefaultRate(workspace, ref.iso2, effective.recruitmentMultiplier.mode).rate;
    const countrySites: ModelSite[] = [];
    if (entry.useNamedSites) {
      for (const siteId of entry.siteIds) {
        const site = siteById.get(siteId);
        if (!site) continue;
        const pi = site.investigatorId === undefined ? undefined : piById.get(site.investigatorId);
        countrySites.push({
          id: site.id,
          name: site.name,
          iso2: ref.iso2,
          named: true,
          prior: namedSitePrior(site, pi, defaultRate, optimismDiscount),
        });
      }
    } else {
      const prior = cachedSitePrior({ countryDefaultRate: defaultRate, optimismDiscount });
      for (let n = 1; n <= entry.siteCount; n++) {
        countrySites.push({
          id: `${ref.iso2}-generic-${n}`,
          name: `${ref.name} site ${n}`,
          iso2: ref.iso2,
          named: false,
          prior,
        });
      }
    }
    sites.push(...countrySites);
    countries.push({
      iso2: ref.iso2,
      name: ref.name,
      region: ref.region,
      pathwayId: pathway.id,
      pathwayName: pathway.name,
      params,
      effective,
      startup,
      siteCount: countrySites.length,
      defaultRate,
      cro,
      cap: entry.cap,
      minShare: entry.minShare,
    });
  }

  const countryIds = countries.map((c) => c.iso2);
  const countryIndex = new Map(countryIds.map((id, i) => [id, i]));
  const arrays = allocateSites(sites.length);
  sites.forEach((site, i) => {
    arrays.shape[i] = site.prior.shape;
    arrays.rate[i] = site.prior.rate;
    arrays.country[i] = countryIndex.get(site.iso2) ?? -1;
  });
  const caps = Object.fromEntries(
    countries.filter((c) => c.cap !== undefined).map((c) => [c.iso2, c.cap as number]),
  );
  const deadlineMonths = daysBetween(study.plannedFirstSubmission, study.enrollmentDeadline) / DAYS_PER_MONTH;
  const forecastInput: ForecastInput = {
    target: study.targetRandomised,
    sites: arrays,
    countryIds,
    ...(Object.keys(caps).length > 0 ? { countryCaps: caps } : {}),
    startup: { countries: countries.map((c) => c.startup) },
    deadline: deadlineMonths,
  };
  if (sites.length === 0) warnings.push('This scenario has no sites yet.');
  const capped = countries.every((c) => c.cap !== undefined || c.siteCount === 0);
  const capTotal = countries.reduce((n, c) => n + (c.cap ?? 0), 0);
  if (sites.length > 0 && capped && capTotal < study.targetRandomised) {
    warnings.push(
      `The country caps add up to ${capTotal} patients, below the target of ${study.targetRandomised}: the target cannot be reached.`,
    );
  }
  return {
    scenario,
    countries,
    sites,
    deadlineMonths,
    forecastInput,
    screenFailureRate: overrides['study:screenFailureRate'] ?? study.screenFailureRate,
    dropoutRate: overrides['study:dropoutRate'] ?? study.dropoutRate,
    warnings,
    euReportingMemberState: euRms,
    chinaHgr: anyHgrGate ? hgr : undefined,
  };
}
