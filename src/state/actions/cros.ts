import { croSchema, SCORECARD_CRITERIA } from '../../domain/workspace/index';
import type { Cro, ScorecardCriterion } from '../../domain/workspace/index';
import { friendlyIssueMessage } from '../../domain/friendly-issue';
import { useAppStore } from '../store';

export type FieldErrors = Record<string, string>;

/** Validates a CRO form; returns field-path → reason (empty when valid). */
export function checkCro(candidate: unknown, otherIds: readonly string[] = []): FieldErrors {
  const errors: FieldErrors = {};
  const parsed = croSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      const message = friendlyIssueMessage(issue);
      // Percentages are typed as 0–100 in the form but stored as fractions.
      errors[path] ??= path.endsWith('Pct')
        ? message.replace(
            /at (most|least) (\d+(?:\.\d+)?)/,
            (_m, w: string, n: string) => `at ${w} ${Number(n) * 100}%`,
          )
        : message;
    }
  } else if (otherIds.includes(parsed.data.id)) {
    errors.id = `Another CRO already has the id "${parsed.data.id}"`;
  }
  return errors;
}

/** Adds a CRO (one undo step) or returns the field errors and stores nothing. */
export function addCro(candidate: Cro): FieldErrors {
  const { workspace, editWorkspace } = useAppStore.getState();
  const errors = checkCro(
    candidate,
    workspace.cros.map((c) => c.id),
  );
  if (Object.keys(errors).length > 0) return errors;
  editWorkspace((draft) => void draft.cros.push(croSchema.parse(candidate)));
  return {};
}

/** Replaces a CRO (same id) or returns the field errors and stores nothing. */
export function updateCro(id: string, candidate: Cro): FieldErrors {
  const { workspace, editWorkspace } = useAppStore.getState();
  const errors = checkCro(
    candidate,
    workspace.cros.filter((c) => c.id !== id).map((c) => c.id),
  );
  if (Object.keys(errors).length > 0) return errors;
  const parsed = croSchema.parse(candidate);
  editWorkspace((draft) => {
    draft.cros = draft.cros.map((c) => (c.id === id ? parsed : c));
    if (parsed.id !== id) renameInScenarios(draft.scenarios, id, parsed.id);
  });
  return {};
}

function renameInScenarios(
  scenarios: { cro: { globalId?: string | undefined; byRegion: Record<string, string> } }[],
  from: string,
  to: string | undefined,
) {
  for (const s of scenarios) {
    if (s.cro.globalId === from) s.cro.globalId = to;
    for (const [region, id] of Object.entries(s.cro.byRegion)) {
      if (id !== from) continue;
      if (to) s.cro.byRegion[region] = to;
      else delete s.cro.byRegion[region];
    }
  }
}

/** Deletes a CRO and un-assigns it from every scenario (one undo step). */
export function deleteCro(id: string): void {
  useAppStore.getState().editWorkspace((draft) => {
    draft.cros = draft.cros.filter((c) => c.id !== id);
    renameInScenarios(draft.scenarios, id, undefined);
  });
}

/** Sets one due-diligence weight (0–100); returns the reason when refused. */
export function setScorecardWeight(criterion: ScorecardCriterion, value: number): string | null {
  if (!SCORECARD_CRITERIA.includes(criterion)) return 'Unknown criterion';
  if (!Number.isFinite(value) || value < 0 || value > 100) return 'Weights run from 0 to 100';
  useAppStore.getState().editWorkspace((draft) => void (draft.settings.scorecardWeights[criterion] = value));
  return null;
}
