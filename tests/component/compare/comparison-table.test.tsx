// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import sampleFile from '../../../data/sample-workspace.json';
import { parseWorkspaceFile } from '../../../src/domain/workspace/index';
import { compareScenarios } from '../../../src/engine/evaluation/compare';
import { scoreCompared } from '../../../src/engine/evaluation/score-scenarios';
import { ComparisonTable } from '../../../src/ui/features/compare/ComparisonTable';

afterEach(cleanup);

const parsed = parseWorkspaceFile(JSON.stringify(sampleFile));
if (!parsed.ok) throw new Error('sample invalid');
const sample = parsed.workspace;
const [usEu, globalPlan] = sample.scenarios.map((s) => s.id) as [string, string];
const compared = compareScenarios(sample, [usEu, globalPlan], { runs: 400, seed: 3 });
const scores = scoreCompared(sample, compared);
const [usEuResult, globalResult] = compared as [(typeof compared)[0], (typeof compared)[0]];

function renderTable() {
  return render(
    <ComparisonTable
      compared={compared}
      scores={scores}
      baselineId={usEu}
      submission={sample.study.plannedFirstSubmission}
      currency={sample.study.reportingCurrency}
    />,
  );
}

/** The cell of a measure row for the compared scenario at `column` (0 = baseline). */
function cell(measure: string, column: number): HTMLElement {
  const row = screen.getByTestId('comparison-table').querySelector(`tr[data-measure="${measure}"]`);
  if (!row) throw new Error(`no row ${measure}`);
  return row.querySelectorAll('td')[column] as HTMLElement;
}

describe('ComparisonTable', () => {
  it('colours a difference by whether it is better for that measure, not by its sign', () => {
    renderTable();
    const cost = (c: typeof usEuResult) => c.evaluation.cost!.expectedTotal;
    const costTone = cost(globalResult) < cost(usEuResult) ? 'better' : 'worse';
    expect(within(cell('cost', 1)).getByText(costTone, { exact: false }).parentElement).toHaveProperty(
      'dataset.tone',
      costTone,
    );
    // P(target by deadline): higher is better, so the sign that reads "better" is the opposite of cost's.
    const p = (c: typeof usEuResult) => c.evaluation.forecast.pReachByDeadline;
    const pTone = p(globalResult) > p(usEuResult) ? 'better' : 'worse';
    expect(cell('p-deadline', 1).querySelector('[data-tone]')?.getAttribute('data-tone')).toBe(pTone);
    // Sites: neither more nor fewer is better in itself, so the difference is never coloured.
    expect(cell('sites', 1).querySelector('[data-tone]')?.getAttribute('data-tone')).toBe('same');
  });

  it('has a row per filing market with each scenario’s status', () => {
    renderTable();
    for (const m of globalResult.markets.markets) {
      const row = screen.getByTestId(`requirement-row-${m.id}`);
      expect(row.textContent).toContain(m.label);
    }
  });

  it('states the cost scope the engine computed (whole trial to database lock), not a stale list', () => {
    renderTable();
    const caption = screen.getByTestId('comparison-table').querySelector('caption')!.textContent ?? '';
    expect(caption).toContain(usEuResult.evaluation.costScope!.summary);
    expect(caption).not.toMatch(/drug supply, central labs and sponsor staff are not included/);
  });
});
