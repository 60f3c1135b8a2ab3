import { displayDate } from '../../../domain/dates';
import { budgetSummary } from '../../../engine/evaluation/budget-summary';
import type { ScenarioEvaluation } from '../../../engine/evaluation/evaluate';
import { formatMoney } from '../../../io/deck/format';
import { SimpleTable, type SimpleColumn } from '../../components/simple-table/SimpleTable';

type Band = { expected: number; p10: number; p90: number };

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
  const band = (key: 'expected' | 'p10' | 'p90', header: string): SimpleColumn<Band> => ({
    key,
    header,
    cell: (row) => money(row[key]),
    numeric: true,
  });
  const bands = [band('expected', 'Expected'), band('p10', 'P10'), band('p90', 'P90')];
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
      <p className="small" data-testid="budget-uncertainty">
        {b.uncertainty}
      </p>
      <div className="report-two-col">
        <SimpleTable
          caption="By category"
          testId="budget-categories"
          rows={categories}
          rowKey={(c) => c.category}
          columns={[{ key: 'label', header: 'Category', cell: (c) => c.label, rowHeader: true }, ...bands]}
        />
        <SimpleTable
          caption="Spend by quarter"
          testId="budget-quarters"
          rows={b.quarters}
          rowKey={(q) => q.quarter}
          columns={[
            { key: 'from', header: 'Quarter from', cell: (q) => displayDate(q.from), rowHeader: true },
            ...bands,
          ]}
          // The quick pass while editing leaves the quarters to the refined pass (EvaluateOptions.quick).
          empty="Refining…"
        />
      </div>
      {b.excludes.length > 0 && <p className="small muted">Not included: {b.excludes.join('; ')}.</p>}
    </section>
  );
}
