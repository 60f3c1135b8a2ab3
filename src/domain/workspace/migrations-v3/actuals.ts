import type { WorkspaceStep } from './index';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * v2 re-forecast every scenario from the workspace's actuals. v3 asks per scenario
 * (`startsFromActuals`); a v2 file with actual rows opens with every scenario starting from them,
 * so its numbers are what they were, and the choice is now visible and can be changed.
 */
export const actualsPerScenario: WorkspaceStep = (workspace) => {
  const actuals = workspace.actuals;
  const hasRows = isObject(actuals) && Array.isArray(actuals.rows) && actuals.rows.length > 0;
  if (!Array.isArray(workspace.scenarios)) return workspace;
  return {
    ...workspace,
    scenarios: workspace.scenarios.map((s) =>
      hasRows && isObject(s) && !('startsFromActuals' in s) ? { ...s, startsFromActuals: true } : s,
    ),
  };
};
