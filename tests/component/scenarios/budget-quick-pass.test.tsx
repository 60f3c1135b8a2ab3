// @vitest-environment happy-dom
import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../src/engine/evaluation/evaluate';
import { loadSampleWorkspace } from '../../../src/state/sample';
import { ScenarioBudget } from '../../../src/ui/features/scenarios/ScenarioBudget';

afterEach(cleanup);

describe('Scenario budget during the quick pass (issue #17)', () => {
  const ws = loadSampleWorkspace();
  const submission = ws.study.plannedFirstSubmission;

  it('shows the totals at once and says the quarters are refining', () => {
    const quick = evaluateScenario(ws, 'SCN-USEU', { runs: 300, seed: 3, quick: true });
    const { getByTestId } = render(<ScenarioBudget evaluation={quick} submission={submission} />);
    expect(getByTestId('budget-total').textContent).toMatch(/Expected/);
    const quarters = within(getByTestId('budget-quarters'));
    expect(quarters.getByText('Refining…')).toBeTruthy();
    expect(quarters.getAllByRole('row')).toHaveLength(2); // header + "Refining…"
  });

  it('lists the quarters once the refined pass has them', () => {
    const full = evaluateScenario(ws, 'SCN-USEU', { runs: 300, seed: 3 });
    const { getByTestId } = render(<ScenarioBudget evaluation={full} submission={submission} />);
    const quarters = within(getByTestId('budget-quarters'));
    expect(quarters.queryByText('Refining…')).toBeNull();
    expect(quarters.getAllByRole('row').length).toBeGreaterThan(12);
  });
});
