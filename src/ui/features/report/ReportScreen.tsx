import { useMemo } from 'react';
import type { Workspace } from '../../../domain/workspace/index';
import { buildReport } from '../../../io/deck/build-report';
import { useAppStore } from '../../../state/store';
import { ReportDocument } from './ReportDocument';
import { ReportToolbar } from './ReportToolbar';
import { ScenarioPicker } from './ScenarioPicker';
import { useShareStore } from '../../../state/share-state';
import { useEvaluations } from './use-evaluations';
import { scoreCompared } from '../../../engine/evaluation/score-scenarios';

export const MAX_REPORT_SCENARIOS = 6;

/** Report: a print-ready summary of one scenario or a comparison of up to six, with exports. */
export function ReportScreen() {
  const workspace = useAppStore((s) => s.workspace);
  const selectedScenarioId = useAppStore((s) => s.selectedScenarioId);
  const shared = useShareStore((s) => s.shared);
  const fallback = shared?.focusScenarioId ?? selectedScenarioId ?? workspace.scenarios[0]?.id;
  return (
    <section className="screen report-screen">
      <ReportBody workspace={workspace} fallback={fallback} readOnly={Boolean(shared)} />
    </section>
  );
}

/**
 * The scenarios in the report: the selection kept with the workspace (so leaving the screen, a
 * reload, a saved file or a share link keep it), else the scenario in focus. Deleted scenarios drop out.
 */
function useReportSelection(
  workspace: Workspace,
  fallback: string | undefined,
): [string[], (ids: string[]) => void] {
  const editWorkspace = useAppStore((s) => s.editWorkspace);
  const stored = workspace.views?.report?.scenarioIds;
  const ids = useMemo(
    () =>
      (stored ?? (fallback ? [fallback] : [])).filter((id) => workspace.scenarios.some((s) => s.id === id)),
    [stored, fallback, workspace.scenarios],
  );
  const choose = (next: string[]) =>
    editWorkspace((ws) => {
      ws.views = { ...ws.views, report: { scenarioIds: next } };
    });
  return [ids, choose];
}

function ReportBody({
  workspace,
  fallback,
  readOnly,
}: {
  workspace: Workspace;
  fallback: string | undefined;
  readOnly: boolean;
}) {
  const [ids, setChosen] = useReportSelection(workspace, fallback);
  const state = useEvaluations(workspace, ids);
  const report = useMemo(
    () =>
      state.status === 'ready' && state.evaluations.length
        ? buildReport(workspace, state.evaluations, undefined, {
            compared: state.compared,
            scores: scoreCompared(workspace, state.compared),
          })
        : null,
    [state, workspace],
  );

  if (workspace.scenarios.length === 0) {
    return (
      <>
        <h1>Report</h1>
        <p className="muted">
          This workspace has no scenarios yet. Create one on the Scenarios screen, then come back for the
          report.
        </p>
      </>
    );
  }
  return (
    <>
      <div className="report-controls no-print">
        <h1>Report</h1>
        <ScenarioPicker
          scenarios={workspace.scenarios}
          chosen={ids}
          onChange={setChosen}
          max={MAX_REPORT_SCENARIOS}
        />
        <ReportToolbar workspace={workspace} report={report} scenarioIds={ids} readOnly={readOnly} />
        {state.status === 'loading' && (
          <p className="muted" role="status" data-testid="report-progress">
            Computing {state.done} of {ids.length} scenario{ids.length > 1 ? 's' : ''} (
            {workspace.settings.monteCarloRuns.toLocaleString('en-US')} Monte Carlo runs each)…
          </p>
        )}
        {state.status === 'error' && (
          <p role="alert" className="notice notice--error">
            The evaluation failed: {state.error}
          </p>
        )}
      </div>
      {ids.length === 0 && <p className="muted">Choose at least one scenario.</p>}
      {report && <ReportDocument report={report} workspace={workspace} />}
    </>
  );
}
