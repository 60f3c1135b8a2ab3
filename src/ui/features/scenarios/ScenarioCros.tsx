import type { Scenario } from '../../../domain/workspace/index';
import { useAppStore } from '../../../state/store';
import { CroAssignment } from '../../components/cro-assignment/CroAssignment';

/** The active scenario's CRO assignment (the same component as on the CROs screen). */
export function ScenarioCros({ scenario }: { scenario: Scenario }) {
  const cros = useAppStore((s) => s.workspace.cros);
  return <CroAssignment scenario={scenario} cros={cros} />;
}
