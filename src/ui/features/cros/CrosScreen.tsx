import { useMemo, useState } from 'react';
import { SCORECARD_CRITERIA } from '../../../domain/workspace/index';
import { CRITERION_LABELS, scorecardScore } from '../../../engine/cro/index';
import { addCro, deleteCro, setScorecardWeight, updateCro } from '../../../state/actions/cros';
import { useAppStore } from '../../../state/store';
import { NumberField } from '../../components/form';
import { CroCard } from './CroCard';
import { CroForm } from './CroForm';
import { blankCroDraft, croFromDraft, draftFromCro } from './cro-form';
import { ScenarioAssignments } from './ScenarioAssignments';

/** The first free "CRO-n" id: readable in files and exports. */
function nextCroId(ids: readonly string[]): string {
  let n = ids.length + 1;
  while (ids.includes(`CRO-${n}`)) n++;
  return `CRO-${n}`;
}

type Editing = { kind: 'new' } | { kind: 'edit'; id: string } | null;

/** CRO options with fees, speed and due-diligence scores; assignments per scenario with coverage flags. */
export function CrosScreen() {
  const cros = useAppStore((s) => s.workspace.cros);
  const scenarios = useAppStore((s) => s.workspace.scenarios);
  const weights = useAppStore((s) => s.workspace.settings.scorecardWeights);
  const [editing, setEditing] = useState<Editing>(null);
  const scores = useMemo(
    () => new Map(cros.map((c) => [c.id, scorecardScore(c.scorecard, weights)])),
    [cros, weights],
  );
  const ranked = [...cros].sort((a, b) => (scores.get(b.id)?.score ?? 0) - (scores.get(a.id)?.score ?? 0));
  const editCro = editing?.kind === 'edit' ? cros.find((c) => c.id === editing.id) : undefined;

  return (
    <section className="screen cros-screen">
      <h1>CROs</h1>
      <p className="muted">
        CRO bids compared on coverage, fees, speed and a weighted due-diligence scorecard — not on price
        alone.
      </p>

      <div className="panel scorecard-weights">
        <h2>Scorecard weights</h2>
        <p className="muted small">
          Any scale: weights are normalised. A CRO's score is its weighted mean rating (0–5) scaled to 0–100.
        </p>
        <div className="weights-grid">
          {SCORECARD_CRITERIA.map((k) => (
            <NumberField
              key={k}
              label={CRITERION_LABELS[k]}
              value={weights[k]}
              onCommit={(v) => setScorecardWeight(k, v ?? Number.NaN)}
            />
          ))}
        </div>
      </div>

      <div className="toolbar">
        <button
          type="button"
          className="primary"
          onClick={() => setEditing({ kind: 'new' })}
          disabled={editing !== null}
        >
          Add CRO
        </button>
      </div>
      {editing?.kind === 'new' && (
        <CroForm
          title="New CRO"
          initial={blankCroDraft(nextCroId(cros.map((c) => c.id)))}
          otherIds={cros.map((c) => c.id)}
          onSave={(d) => {
            const errors = addCro(croFromDraft(d));
            if (Object.keys(errors).length === 0) setEditing(null);
            return errors;
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {editCro && (
        <CroForm
          key={editCro.id}
          title={`Edit ${editCro.name}`}
          initial={draftFromCro(editCro)}
          otherIds={cros.filter((c) => c.id !== editCro.id).map((c) => c.id)}
          onSave={(d) => {
            const errors = updateCro(editCro.id, croFromDraft(d));
            if (Object.keys(errors).length === 0) setEditing(null);
            return errors;
          }}
          onCancel={() => setEditing(null)}
        />
      )}

      {cros.length === 0 ? (
        <p className="muted">No CRO options yet: add the bids you are comparing.</p>
      ) : (
        <div className="cro-grid">
          {ranked.map((c) => (
            <CroCard
              key={c.id}
              cro={c}
              score={scores.get(c.id) ?? scorecardScore(c.scorecard, weights)}
              onEdit={() => setEditing({ kind: 'edit', id: c.id })}
              onDelete={() => {
                if (
                  window.confirm(
                    `Delete ${c.name}? Scenarios using it lose their assignment. (Undo brings it back.)`,
                  )
                )
                  deleteCro(c.id);
              }}
            />
          ))}
        </div>
      )}

      <h2>Assignments by scenario</h2>
      <ScenarioAssignments scenarios={scenarios} cros={cros} />
    </section>
  );
}
