import { studySchema, type Study } from '../../../domain/workspace/index';
import { useAppStore } from '../../../state/store';

/**
 * Stores `candidate` as the study if the whole study is valid (so cross-field rules such as
 * "required events ≤ patients" are checked), as one undo step and only if something changed.
 * Returns the reason it was refused — the issue on `isField`'s path first — or null.
 */
export function commitStudy(
  candidate: unknown,
  isField: (path: readonly PropertyKey[]) => boolean,
): string | null {
  const { workspace, editWorkspace } = useAppStore.getState();
  const result = studySchema.safeParse(candidate);
  if (!result.success) {
    const issues = result.error.issues;
    return (issues.find((i) => isField(i.path)) ?? issues[0])?.message ?? 'This value is not valid';
  }
  const next: Study = result.data;
  if (JSON.stringify(next) !== JSON.stringify(workspace.study)) editWorkspace((ws) => void (ws.study = next));
  return null;
}
