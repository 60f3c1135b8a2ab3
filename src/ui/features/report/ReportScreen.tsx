import { useMemo, useState } from 'react';
import type { Workspace } from '../../../domain/workspace/index';
import { buildReport } from '../../../io/deck/build-report';
import { useAppStore } from '../../../state/store';
import { ReportDocument } from './ReportDocument';
import { ReportToolbar } from './ReportToolbar';
import { ScenarioPicker } from './ScenarioPicker';
import { saveSharedCopy } from './share-actions';
import { useShareStore } from './share-state';
import { useEvaluations } from './use-evaluations';
import { scoreCompared } from '../../../engine/scenario/score-scenarios';

export const MAX_REPORT_SCENARIOS = 6;

/** Report: a print-ready summary of one scenario or a comparison of up to six, with exports. */
export function ReportScreen() {
  const own = useAppStore((s) => s.workspace);
  const selectedScenarioId = useAppStore((s) => s.selectedScenarioId);
  const shared = useShareStore((s) => s.shared);
  const closeShared = useShareStore((s) => s.closeShared);
  const workspace = shared?.workspace ?? own;
  const initial = shared?.focusScenarioId ?? selectedScenarioId ?? workspace.scenarios[0]?.id;
  return (
    <section className="screen report-screen">
      {shared && (
        <div className="share-banner no-print" role="region" aria-label="Shared plan">
          <div>
            <strong>You are viewing a shared plan, read-only.</strong> It came inside the link and was not saved; your own workspace is
            untouched.
          </div>
          <div className="button-group">
            <button type="button" className="primary" onClick={saveSharedCopy}>
              Save a copy
            </button>
            <button type="button" onClick={closeShared}>
              Back to my workspace
            </button>
          </div>
        </div>
      )}
      <ReportBody key={shared ? `shared:${shared.openedAt}` : 'own'} workspace={workspace} initial={initial} readOnly={Boolean(shared)} />
    </section>
  );
}

function ReportBody({ workspace, initial, readOnly }: { workspace: Workspace; initial: string | undefined; readOnly: boolean }) {
  const [chosen, setChosen] = useState<string[]>(initial ? [initial] : []);
  const ids = useMemo(() => chosen.filter((id) => workspace.scenarios.some((s) => s.id === id)), [chosen, workspace]);
  const state = useEvaluations(workspace, ids);
  const report = useMemo(
    () =>
      state.status === 'ready' && state.evaluations.length
        ? buildReport(workspace, state.evaluations, undefined, { compared: state.compared, scores: scoreCompared(workspace, state.compared) })
        : null,
    [state, workspace],
  );

  if (workspace.scenarios.length === 0) {
    return (
      <>
        <h1>Report</h1>
        <p className="muted">This workspace has no scenarios yet. Create one on the Scenarios screen, then come back for the report.</p>
      </>
    );
  }
  return (
    <>
      <div className="report-controls no-print">
        <h1>Report</h1>
        <ScenarioPicker scenarios={workspace.scenarios} chosen={ids} onChange={setChosen} max={MAX_REPORT_SCENARIOS} />
        <ReportToolbar workspace={workspace} report={report} scenarioIds={ids} readOnly={readOnly} />
        {state.status === 'loading' && (
          <p className="muted" role="status" data-testid="report-progress">
            Computing {state.done} of {ids.length} scenario{ids.length > 1 ? 's' : ''} ({workspace.settings.monteCarloRuns.toLocaleString('en-US')} Monte
            Carlo runs each)…
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
