import { scenarioSiteIds, withSitesAdded, withSitesRemoved } from '../../domain/workspace/index';
import { useAppStore } from '../store';

const state = () => useAppStore.getState();

/**
 * Puts workspace sites into a scenario as named sites (one undo step); see withSitesAdded for how
 * countries are brought in. Returns how many sites were not in the scenario before.
 */
export function addSitesToScenario(scenarioId: string, siteIds: readonly string[]): number {
  const { workspace, replaceWorkspace } = state();
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  if (!scenario || siteIds.length === 0) return 0;
  const before = scenarioSiteIds(scenario);
  const added = siteIds.filter((id) => !before.has(id) && workspace.sites.some((s) => s.id === id)).length;
  if (added > 0) replaceWorkspace(withSitesAdded(workspace, scenarioId, siteIds));
  return added;
}

/** Takes sites out of a scenario's named sites (one undo step). Returns how many were in it. */
export function removeSitesFromScenario(scenarioId: string, siteIds: readonly string[]): number {
  const { workspace, replaceWorkspace } = state();
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return 0;
  const before = scenarioSiteIds(scenario);
  const removed = siteIds.filter((id) => before.has(id)).length;
  if (removed > 0) replaceWorkspace(withSitesRemoved(workspace, scenarioId, siteIds));
  return removed;
}
