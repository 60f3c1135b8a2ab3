import type { ScenarioScore } from '../../../engine/scores/index';

type ScoreKey = 'speed' | 'cost' | 'feasibility' | 'concentration' | 'regional' | 'composite';
const NAMES: Record<ScoreKey, string> = { speed: 'Speed', cost: 'Cost', feasibility: 'Feasibility', concentration: 'Concentration', regional: 'Regional ratio', composite: 'Composite' };

/** The formula and inputs behind one score: every number is traceable. */
export function WhyPanel({ score, which, onClose }: { score: ScenarioScore; which: ScoreKey; onClose: () => void }) {
  const sub = score[which];
  return (
    <aside className="panel why-panel" role="dialog" aria-label={`Why: ${NAMES[which]} score of ${score.name}`}>
      <div className="toolbar" style={{ justifyContent: 'space-between', marginTop: 0 }}>
        <h3>
          Why {NAMES[which].toLowerCase()} = {sub.score.toFixed(0)} for “{score.name}”
        </h3>
        <button type="button" onClick={onClose} aria-label="Close why panel">
          Close
        </button>
      </div>
      <p data-testid="why-summary">{sub.explanation.summary}</p>
      <p>
        <strong>Formula:</strong> <code>{sub.explanation.formula}</code>
      </p>
      <table className="data compact">
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Unit</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {sub.explanation.inputs.map((input, i) => (
            <tr key={i}>
              <td>{input.label}</td>
              <td className="num">{Number.isFinite(input.value) ? input.value.toLocaleString('en-US', { maximumFractionDigits: 3 }) : String(input.value)}</td>
              <td>{input.unit}</td>
              <td className="small">{input.source ?? 'computed by the engine'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}

export type { ScoreKey };
export { NAMES as SCORE_NAMES };
