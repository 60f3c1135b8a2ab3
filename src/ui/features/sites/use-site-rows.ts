import { useMemo } from 'react';
import type { Workspace } from '../../../domain/workspace/index';
import { useAppStore } from '../../../state/store';
import { buildSiteRows, type SiteRow } from './prior-inputs';

/**
 * The workspace's site rows (site, PI, rate prior), rebuilt only when a part that feeds them changes:
 * a CRO or scenario-setting edit does not rebuild 10,000 rows. `withScenarioNames` also follows the
 * scenarios, for the Sites screen's "Scenarios" column; the scenario site picker leaves it off, so
 * ticking a site (a scenario edit) does not rebuild every row.
 */
export function useSiteRows({ withScenarioNames }: { withScenarioNames: boolean }): {
  workspace: Workspace;
  rows: SiteRow[];
} {
  const workspace = useAppStore((s) => s.workspace);
  const scenarios = withScenarioNames ? workspace.scenarios : null;
  const rows = useMemo(
    () => buildSiteRows(workspace),
    // Only these parts of the workspace feed the rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      workspace.sites,
      workspace.investigators,
      workspace.settings.optimismDiscount,
      workspace.study.therapeuticArea,
      workspace.countries,
      scenarios,
    ],
  );
  return { workspace, rows };
}
