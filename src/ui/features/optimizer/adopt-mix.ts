import { scenarioFromMix } from '../../../engine/optimizer/from-workspace/adopt';
import { useAppStore } from '../../../state/store';

/**
 * Creates a scenario with the given generic-site counts (one undo step), selects it and says so.
 * Returns the new scenario's id.
 */
export function adoptMix(sites: Record<string, number>, name: string, baseScenarioId?: string): string {
  const { workspace, editWorkspace, selectScenario, notify } = useAppStore.getState();
  const scenario = scenarioFromMix(workspace, sites, { name, ...(baseScenarioId ? { baseScenarioId } : {}) });
  editWorkspace((ws) => void ws.scenarios.push(scenario));
  selectScenario(scenario.id);
  const total = scenario.countries.reduce((a, c) => a + c.siteCount, 0);
  notify({
    tone: 'success',
    title: `Scenario “${scenario.name}” created`,
    details: [`${total} generic sites in ${scenario.countries.length} countries; it is now selected.`],
  });
  return scenario.id;
}
