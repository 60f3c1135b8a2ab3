/** Turning an optimizer answer (or a frontier point) into a workspace scenario. */
import { newId, type Scenario, type Workspace } from '../../../domain/workspace/index';

export interface AdoptOptions {
  name: string;
  description?: string;
  /** Copy this scenario's CRO assignments and overrides (the assumptions the optimizer used). */
  baseScenarioId?: string;
  /** Fixed id (tests); default a fresh "SCN-…" id. */
  id?: string;
}

/** "Optimised: p ≥ 0.85" or "Optimised: budget USD 12.0M". */
export function optimisedScenarioName(objective: {
  successProbability: number;
  budget?: number | undefined;
}): string {
  if (objective.budget !== undefined)
    return `Optimised: best P(success) within USD ${(objective.budget / 1e6).toFixed(1)}M`;
  return `Optimised: p ≥ ${objective.successProbability.toFixed(2)}`;
}

/** The name, made unique among the workspace's scenarios by a " (2)", " (3)"… suffix. */
export function uniqueScenarioName(workspace: Workspace, name: string): string {
  const taken = new Set(workspace.scenarios.map((s) => s.name));
  if (!taken.has(name)) return name;
  for (let k = 2; ; k++) if (!taken.has(`${name} (${k})`)) return `${name} (${k})`;
}

/**
 * A new scenario with `sites[iso2]` generic sites per country (countries with 0 sites are left
 * out), in the order given. Generic sites take the country-default prior, exactly what the
 * optimizer assumed.
 */
export function scenarioFromMix(
  workspace: Workspace,
  sites: Record<string, number>,
  options: AdoptOptions,
): Scenario {
  const base = options.baseScenarioId
    ? workspace.scenarios.find((s) => s.id === options.baseScenarioId)
    : undefined;
  const countries = Object.entries(sites)
    .filter(([, n]) => n > 0)
    .map(([iso2, n]) => ({ iso2, siteCount: Math.round(n), siteIds: [], useNamedSites: false }));
  const summary = countries.map((c) => `${c.iso2} ${c.siteCount}`).join(', ');
  return {
    id: options.id ?? newId('SCN'),
    name: uniqueScenarioName(workspace, options.name),
    description: options.description ?? `Country mix proposed by the optimizer: ${summary}.`,
    countries,
    cro: base ? structuredClone(base.cro) : { byRegion: {} },
    overrides: base ? { ...base.overrides } : {},
  };
}
