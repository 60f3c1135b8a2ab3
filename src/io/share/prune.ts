import type { Workspace } from '../../domain/workspace/index';

/**
 * The smallest valid workspace that still evaluates one scenario the same way: the study,
 * settings and filing markets, that scenario, its countries (with their overrides), the named
 * sites it lists with their investigators, and its CROs. Used to share one scenario by link.
 */
export function pruneToScenario(workspace: Workspace, scenarioId: string): Workspace {
  return pruneToScenarios(workspace, [scenarioId]);
}

/** The same for several scenarios (a shared comparison), in the workspace's order. */
export function pruneToScenarios(workspace: Workspace, scenarioIds: readonly string[]): Workspace {
  const wanted = new Set(scenarioIds);
  const scenarios = workspace.scenarios.filter((s) => wanted.has(s.id));
  for (const id of scenarioIds)
    if (!scenarios.some((s) => s.id === id)) throw new Error(`Unknown scenario "${id}"`);
  const isoCodes = new Set(scenarios.flatMap((s) => s.countries.map((c) => c.iso2)));
  const siteIds = new Set(scenarios.flatMap((s) => s.countries.flatMap((c) => c.siteIds)));
  const sites = workspace.sites.filter((s) => siteIds.has(s.id));
  const piIds = new Set(sites.map((s) => s.investigatorId).filter((id): id is string => Boolean(id)));
  const croIds = new Set(
    scenarios
      .flatMap((scenario) => [scenario.cro.globalId, ...Object.values(scenario.cro.byRegion)])
      .filter((id): id is string => Boolean(id)),
  );
  const pruned: Workspace = {
    ...workspace,
    countries: workspace.countries.filter((c) => isoCodes.has(c.iso2)),
    investigators: workspace.investigators.filter((i) => piIds.has(i.id)),
    sites,
    cros: workspace.cros.filter((c) => croIds.has(c.id)),
    scenarios,
  };
  if (workspace.actuals)
    pruned.actuals = {
      ...workspace.actuals,
      rows: workspace.actuals.rows.filter((r) => siteIds.has(r.siteId)),
    };
  return pruned;
}
