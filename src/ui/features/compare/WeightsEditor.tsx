import type { ScoreWeights } from '../../../domain/workspace/index';
import { useAppStore } from '../../../state/store';

const LABELS: Record<keyof ScoreWeights, string> = {
  speed: 'Speed',
  cost: 'Cost',
  feasibility: 'Recruitment feasibility',
  regional: 'Regional ratio',
};

/** The composite score's weights (workspace setting; normalised when used). */
export function WeightsEditor() {
  const weights = useAppStore((s) => s.workspace.settings.scoreWeights);
  const editWorkspace = useAppStore((s) => s.editWorkspace);
  const total = Object.values(weights).reduce((a, b) => a + b, 0) || 1;
  const set = (key: keyof ScoreWeights, value: number) => {
    if (!Number.isFinite(value) || value < 0 || value > 100 || value === weights[key]) return;
    editWorkspace((ws) => void (ws.settings.scoreWeights[key] = value));
  };
  return (
    <fieldset className="weights">
      <legend>Composite score weights</legend>
      {(Object.keys(LABELS) as (keyof ScoreWeights)[]).map((key) => (
        <label key={key} className="weights__row">
          <span>{LABELS[key]}</span>
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={weights[key]}
            aria-label={`${LABELS[key]} weight`}
            onChange={(e) => set(key, Number(e.target.value))}
          />
          <span className="muted small">{Math.round((100 * weights[key]) / total)}%</span>
        </label>
      ))}
    </fieldset>
  );
}
