import { displayDate } from '../../../domain/dates';
import { budgetSummary } from '../../../engine/evaluation/budget-summary';
import type { ScenarioEvaluation } from '../../../engine/evaluation/evaluate';
import { formatMoney } from '../../../io/deck/format';

/**
 * The scenario's whole-trial budget: the scope in one line, the total with P10–P90, each category
 * and the spend per quarter. Same numbers (and formatter) as the deck and `mrct evaluate`.
 */
export function ScenarioBudget({
  evaluation,
  submission,
}: {
  evaluation: ScenarioEvaluation;
  submission: string;
}) {
  if (!evaluation.cost) return null;
  const b = budgetSummary(evaluation.cost, evaluation.costScope, submission);
  const money = (v: number) => formatMoney(v, b.currency);
  const categories = b.categories.filter((c) => c.expected !== 0 || c.p90 !== 0);
  return (
    <section className="scenario-budget" data-testid="scenario-budget" aria-label="Budget">
      <h3>Budget</h3>
      <p className="small" data-testid="budget-scope">
        {b.scope}
      </p>
      <p data-testid="budget-total">
        Expected <strong>{money(b.total.expected)}</strong> (P10 {money(b.total.p10)} · P50{' '}
        {money(b.total.p50)} · P90 {money(b.total.p90)}); {money(b.perRandomisedPatient)} per randomised
        patient. Database lock {displayDate(b.timeline.databaseLock)}.
      </p>
      <div className="report-two-col">
        <table className="data compact" data-testid="budget-categories">
          <caption>By category</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col" className="num">
                Expected
              </th>
              <th scope="col" className="num">
                P10
              </th>
              <th scope="col" className="num">
                P90
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c.category}>
                <th scope="row">{c.label}</th>
                <td className="num">{money(c.expected)}</td>
                <td className="num">{money(c.p10)}</td>
                <td className="num">{money(c.p90)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="data compact" data-testid="budget-quarters">
          <caption>Spend by quarter</caption>
          <thead>
            <tr>
              <th scope="col">Quarter from</th>
              <th scope="col" className="num">
                Expected
              </th>
              <th scope="col" className="num">
                P10
              </th>
              <th scope="col" className="num">
                P90
              </th>
            </tr>
          </thead>
          <tbody>
            {b.quarters.map((q) => (
              <tr key={q.quarter}>
                <th scope="row">{displayDate(q.from)}</th>
                <td className="num">{money(q.expected)}</td>
                <td className="num">{money(q.p10)}</td>
                <td className="num">{money(q.p90)}</td>
              </tr>
            ))}
            {b.quarters.length === 0 && (
              // The quick pass while editing leaves the quarters to the refined pass (EvaluateOptions.quick).
              <tr>
                <td colSpan={4} className="muted">
                  Refining…
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {b.excludes.length > 0 && <p className="small muted">Not included: {b.excludes.join('; ')}.</p>}
    </section>
  );
}
