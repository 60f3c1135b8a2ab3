import type { Workspace } from '../../domain/workspace/index';

/**
 * The smallest valid workspace that still evaluates one scenario the same way: the study,
 * settings and filing markets, that scenario, its countries (with their overrides), the named
 * sites it lists with their investigators, and its CROs. Used to share one scenario by link.
 */
export function pruneToScenario(workspace: Workspace, scenarioId: string): Workspace {
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`Unknown scenario "${scenarioId}"`);
  const isoCodes = new Set(scenario.countries.map((c) => c.iso2));
  const siteIds = new Set(scenario.countries.flatMap((c) => c.siteIds));
  const sites = workspace.sites.filter((s) => siteIds.has(s.id));
  const piIds = new Set(sites.map((s) => s.investigatorId).filter((id): id is string => Boolean(id)));
  const croIds = new Set([scenario.cro.globalId, ...Object.values(scenario.cro.byRegion)].filter((id): id is string => Boolean(id)));
  const pruned: Workspace = {
    ...workspace,
    countries: workspace.countries.filter((c) => isoCodes.has(c.iso2)),
    investigators: workspace.investigators.filter((i) => piIds.has(i.id)),
    sites,
    cros: workspace.cros.filter((c) => croIds.has(c.id)),
    scenarios: [scenario],
  };
  if (workspace.actuals) pruned.actuals = { ...workspace.actuals, rows: workspace.actuals.rows.filter((r) => siteIds.has(r.siteId)) };
  return pruned;
}
