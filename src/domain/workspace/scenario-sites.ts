/**
 * Which workspace sites a scenario uses. A scenario country either counts generic sites or uses
 * named sites (`useNamedSites`, the ids in `siteIds`); only the latter put a workspace site in the
 * scenario. These helpers are the one definition of "site S is in scenario X" for the site picker,
 * the Sites table's "Scenarios" column, bulk add/remove and "add imported sites to scenarios".
 * Pure: they return new objects and never touch the store.
 */
import type { Scenario, ScenarioCountry } from './scenarios';
import type { Site } from './sites';
import type { Workspace } from './workspace';

/** The ids of the workspace sites the scenario uses (named-site countries only). */
export function scenarioSiteIds(scenario: Scenario): Set<string> {
  const ids = new Set<string>();
  for (const c of scenario.countries) if (c.useNamedSites) for (const id of c.siteIds) ids.add(id);
  return ids;
}

/** Site id → ids of the scenarios that use it, in scenario order. */
export function scenariosBySite(scenarios: readonly Scenario[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of scenarios) {
    for (const id of scenarioSiteIds(s)) {
      const list = out.get(id);
      if (list) list.push(s.id);
      else out.set(id, [s.id]);
    }
  }
  return out;
}

/** Sites in the scenario's own count: named sites where used, else the generic count. */
export function scenarioSiteCount(scenario: Scenario): number {
  return scenario.countries.reduce((n, c) => n + (c.useNamedSites ? c.siteIds.length : c.siteCount), 0);
}

/**
 * Adds workspace sites to a scenario. A site whose country is not in the scenario brings its
 * country in (using named sites); a country that counted generic sites switches to named sites
 * holding just the added ones, because a named site and N generic sites in one country would
 * double-count it. Countries the workspace does not list yet are added to the workspace too, so
 * the scenario's country table shows them. Unknown ids are ignored. Returns a new workspace.
 */
export function withSitesAdded(
  workspace: Workspace,
  scenarioId: string,
  siteIds: readonly string[],
): Workspace {
  const byId = new Map(workspace.sites.map((s) => [s.id, s]));
  const sites = siteIds.map((id) => byId.get(id)).filter((s): s is Site => s !== undefined);
  const countries = [...workspace.countries];
  const scenarios = workspace.scenarios.map((scenario) => {
    if (scenario.id !== scenarioId) return scenario;
    const entries = scenario.countries.map((c) => ({ ...c, siteIds: [...c.siteIds] }));
    const switched = new Set<string>();
    for (const site of sites) {
      let entry = entries.find((c) => c.iso2 === site.country);
      if (!entry) {
        entry = {
          iso2: site.country,
          siteCount: 0,
          siteIds: [],
          useNamedSites: true,
        } satisfies ScenarioCountry;
        entries.push(entry);
      } else if (!entry.useNamedSites && !switched.has(entry.iso2)) {
        entry.useNamedSites = true;
        entry.siteIds = [];
        switched.add(entry.iso2);
      }
      if (!entry.siteIds.includes(site.id)) entry.siteIds.push(site.id);
      if (!countries.some((c) => c.iso2 === site.country))
        countries.push({ iso2: site.country, overrides: {} });
    }
    return { ...scenario, countries: entries };
  });
  return { ...workspace, countries, scenarios };
}

/** Removes sites from a scenario's named sites (countries stay, with fewer sites). Returns a new workspace. */
export function withSitesRemoved(
  workspace: Workspace,
  scenarioId: string,
  siteIds: readonly string[],
): Workspace {
  const gone = new Set(siteIds);
  return {
    ...workspace,
    scenarios: workspace.scenarios.map((s) =>
      s.id !== scenarioId
        ? s
        : {
            ...s,
            countries: s.countries.map((c) => ({ ...c, siteIds: c.siteIds.filter((id) => !gone.has(id)) })),
          },
    ),
  };
}
