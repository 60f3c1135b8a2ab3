import { validateScenarioOverride } from '../../domain/workspace/override-rules';
import {
  MAX_GENERIC_SITES,
  newId,
  type Scenario,
  type ScenarioCountry,
  type Workspace,
} from '../../domain/workspace/index';
import { useAppStore } from '../store';

const state = () => useAppStore.getState();
const edit = (scenarioId: string, change: (s: Scenario) => void) =>
  state().editWorkspace((ws) => {
    const scenario = ws.scenarios.find((s) => s.id === scenarioId);
    if (scenario) change(scenario);
  });

/**
 * A country entering a scenario: its named sites when the workspace has any, else 3 generic
 * sites. The generic count (used if the user switches to counts) starts at the named count,
 * capped at the schema's maximum so a country with more named sites still saves.
 */
function newScenarioCountry(ws: Workspace, iso2: string): ScenarioCountry {
  const siteIds = ws.sites.filter((s) => s.country === iso2).map((s) => s.id);
  return {
    iso2,
    siteCount: Math.min(siteIds.length, MAX_GENERIC_SITES) || 3,
    siteIds,
    useNamedSites: siteIds.length > 0,
  };
}

/** A new scenario with every workspace country and its named sites (or 3 generic sites if none). */
export function createScenario(name = 'New scenario'): string {
  const id = newId('SCN');
  state().editWorkspace((ws) => {
    const countries = ws.countries.map((c) => newScenarioCountry(ws, c.iso2));
    ws.scenarios.push({ id, name, description: '', countries, cro: { byRegion: {} }, overrides: {} });
  });
  state().selectScenario(id);
  return id;
}

export function duplicateScenario(scenarioId: string): string | null {
  const source = state().workspace.scenarios.find((s) => s.id === scenarioId);
  if (!source) return null;
  const id = newId('SCN');
  state().editWorkspace(
    (ws) => void ws.scenarios.push({ ...structuredClone(source), id, name: `${source.name} (copy)` }),
  );
  state().selectScenario(id);
  return id;
}

export function renameScenario(scenarioId: string, name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'A scenario needs a name.';
  if (trimmed.length > 200) return 'At most 200 characters.';
  edit(scenarioId, (s) => void (s.name = trimmed));
  return null;
}

export function deleteScenario(scenarioId: string): void {
  state().editWorkspace((ws) => void (ws.scenarios = ws.scenarios.filter((s) => s.id !== scenarioId)));
  const next = state().workspace.scenarios[0]?.id ?? null;
  state().selectScenario(next);
}

export function setScenarioCountryIncluded(scenarioId: string, iso2: string, included: boolean): void {
  edit(scenarioId, (s) => {
    const has = s.countries.some((c) => c.iso2 === iso2);
    if (included && !has) s.countries.push(newScenarioCountry(state().workspace, iso2));
    if (!included) s.countries = s.countries.filter((c) => c.iso2 !== iso2);
  });
}

/** Updates one country of a scenario after checking the numbers; returns the reason when refused. */
export function updateScenarioCountry(
  scenarioId: string,
  iso2: string,
  patch: Partial<ScenarioCountry>,
): string | null {
  if (
    patch.siteCount !== undefined &&
    (!Number.isInteger(patch.siteCount) || patch.siteCount < 0 || patch.siteCount > MAX_GENERIC_SITES)
  ) {
    return `Sites must be a whole number from 0 to ${MAX_GENERIC_SITES}.`;
  }
  if (patch.cap !== undefined && (!Number.isInteger(patch.cap) || patch.cap < 0))
    return 'A cap must be a whole number of patients, 0 or more.';
  if (patch.minShare !== undefined && !(patch.minShare >= 0 && patch.minShare <= 1))
    return 'A minimum share must be between 0% and 100%.';
  edit(scenarioId, (s) => {
    const c = s.countries.find((x) => x.iso2 === iso2);
    if (!c) return;
    Object.assign(c, patch);
    if ('cap' in patch && patch.cap === undefined) delete c.cap;
    if ('minShare' in patch && patch.minShare === undefined) delete c.minShare;
  });
  return null;
}

export function setScenarioCro(scenarioId: string, region: string | null, croId: string | undefined): void {
  edit(scenarioId, (s) => {
    if (region === null) {
      if (croId) s.cro.globalId = croId;
      else delete s.cro.globalId;
    } else if (croId) s.cro.byRegion[region] = croId;
    else delete s.cro.byRegion[region];
  });
}

/** Sets (or with `undefined`, removes) a per-scenario assumption override. */
export function setScenarioOverride(
  scenarioId: string,
  key: string,
  value: number | undefined,
): string | null {
  // The file boundary's own rule (domain/workspace/override-rules), so a file holds what this allows.
  const problem = value === undefined ? null : validateScenarioOverride(key, value);
  if (problem) return problem;
  edit(scenarioId, (s) => {
    if (value === undefined) delete s.overrides[key];
    else s.overrides[key] = value;
  });
  return null;
}

/** The scenario's EU reporting member state (ISO2), or undefined for the default (most sites). */
export function setScenarioReportingMemberState(scenarioId: string, iso2: string | undefined): void {
  edit(scenarioId, (s) => {
    if (iso2 === undefined) delete s.euReportingMemberState;
    else s.euReportingMemberState = iso2;
  });
}
