import type { Cro, Scenario } from '../../../domain/workspace/index';
import { CroAssignment } from '../../components/cro-assignment/CroAssignment';

/** Every scenario's CRO assignment, one panel each. */
export function ScenarioAssignments({
  scenarios,
  cros,
}: {
  scenarios: readonly Scenario[];
  cros: readonly Cro[];
}) {
  if (scenarios.length === 0) return <p className="muted">No scenarios yet.</p>;
  return (
    <div className="cro-assignments">
      {scenarios.map((s) => (
        <section key={s.id} className="panel" aria-label={`CRO assignment for ${s.name}`}>
          <h3>{s.name}</h3>
          <CroAssignment scenario={s} cros={cros} />
        </section>
      ))}
    </div>
  );
}
