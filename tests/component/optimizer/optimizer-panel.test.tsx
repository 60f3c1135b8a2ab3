// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSampleWorkspace } from '../../../src/state/sample';
import { useAppStore } from '../../../src/state/store';
import { OptimizerPanel } from '../../../src/ui/features/optimizer/OptimizerPanel';

beforeEach(() => {
  useAppStore.setState({
    workspace: loadSampleWorkspace(),
    hydrated: true,
    selectedScenarioId: 'SCN-GLOBAL',
    notices: [],
  });
  useAppStore.temporal.getState().clear();
});
afterEach(cleanup);

/** Keeps only the named countries, each with the given maximum number of sites. */
async function offer(user: UserEvent, names: string[], max: string) {
  await user.click(screen.getByLabelText('Include all countries'));
  for (const name of names) {
    await user.click(screen.getByLabelText(`Include ${name}`));
    const maxInput = screen.getByLabelText(`Maximum sites in ${name}`);
    await user.clear(maxInput);
    await user.type(maxInput, max);
  }
}

describe('Optimizer panel', () => {
  it('finds the cheapest mix, verifies it by Monte Carlo and adopts it as a selected scenario in one undo step', async () => {
    const user = userEvent.setup();
    render(<OptimizerPanel />);
    // Given four countries with up to 40 sites each, p = 0.85 and the 15% Japan and China shares
    await offer(user, ['United States', 'Poland', 'Japan', 'China'], '40');
    // When the optimizer runs
    await user.click(screen.getByRole('button', { name: 'Run optimizer' }));
    const result = await screen.findByTestId('optimizer-result', {}, { timeout: 30_000 });
    // Then a mix is shown with its cost, both P(success) figures and the regional shares
    expect(within(result).getByRole('heading', { name: 'Cheapest mix' })).toBeTruthy();
    expect(screen.getByTestId('optimizer-cost').textContent).toMatch(/^USD \d+(\.\d)?M$/);
    expect(result.textContent).toMatch(/P\(success\), Monte Carlo(\d+%|>99%) ± \d+\.\d pts/);
    expect(result.textContent).toContain('Japan (PMDA)');
    const analytic = Number(/P\(success\), analytic>?(\d+)%/.exec(result.textContent ?? '')?.[1]) / 100;
    expect(analytic).toBeGreaterThanOrEqual(0.85);
    const rows = within(within(result).getByRole('table', { name: 'Chosen mix' }))
      .getAllByRole('row')
      .slice(1, -1) as HTMLTableRowElement[];
    const mix = Object.fromEntries(
      rows.map((r) => [r.cells[0]!.textContent, Number(r.cells[1]!.textContent)]),
    );
    expect(Object.keys(mix)).toEqual(expect.arrayContaining(['Japan', 'China']));

    // When the mix is adopted
    const before = useAppStore.getState().workspace.scenarios.length;
    await user.click(screen.getByRole('button', { name: 'Adopt as scenario' }));
    // Then a scenario with exactly those counts exists, is selected, and one undo removes it
    const state = useAppStore.getState();
    const created = state.workspace.scenarios.at(-1)!;
    expect(state.workspace.scenarios).toHaveLength(before + 1);
    expect(created.name).toBe('Optimised: p ≥ 0.85');
    expect(state.selectedScenarioId).toBe(created.id);
    expect(created.countries.find((c) => c.iso2 === 'JP')?.siteCount).toBe(mix.Japan);
    expect(created.countries.find((c) => c.iso2 === 'CN')?.siteCount).toBe(mix.China);
    expect(state.notices.at(-1)?.title).toBe('Scenario “Optimised: p ≥ 0.85” created');
    useAppStore.temporal.getState().undo();
    expect(useAppStore.getState().workspace.scenarios).toHaveLength(before);
  }, 60_000);

  it('names the binding constraints when no mix is feasible', async () => {
    const user = userEvent.setup();
    render(<OptimizerPanel />);
    // Given only 3 US sites: neither the target nor the Japanese/Chinese shares are reachable
    await offer(user, ['United States'], '3');
    await user.click(screen.getByRole('button', { name: 'Run optimizer' }));
    const result = await screen.findByTestId('optimizer-result', {}, { timeout: 30_000 });
    expect(within(result).getByRole('heading', { name: 'No feasible mix' })).toBeTruthy();
    const alert = within(result).getByRole('alert');
    expect(alert.textContent).toContain('Japan (PMDA) needs 15.0% of patients');
    expect(alert.textContent).toContain('China (NMPA)');
  }, 60_000);

  it('refuses invalid inputs inline without running', async () => {
    const user = userEvent.setup();
    render(<OptimizerPanel />);
    const p = screen.getByLabelText('Success probability p');
    await user.clear(p);
    await user.type(p, '0.3');
    const max = screen.getByLabelText('Maximum sites in Japan');
    await user.clear(max);
    await user.type(max, 'x');
    await user.click(screen.getByRole('button', { name: 'Run optimizer' }));
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toEqual(
      expect.arrayContaining(['p must be a number from 0.5 to below 1', 'Whole numbers from 0 to 500']),
    );
    expect(screen.queryByTestId('optimizer-result')).toBeNull();
  });

  it('switches to the budget objective', async () => {
    const user = userEvent.setup();
    render(<OptimizerPanel />);
    await offer(user, ['United States', 'Japan', 'China'], '30');
    await user.click(screen.getByLabelText(/Best P\(success\) within a budget/));
    const budget = screen.getByLabelText('Budget (USD)');
    await user.clear(budget);
    await user.type(budget, '6000000');
    await user.click(screen.getByRole('button', { name: 'Run optimizer' }));
    const result = await screen.findByTestId('optimizer-result', {}, { timeout: 30_000 });
    expect(within(result).getByRole('heading', { name: 'Best mix within the budget' })).toBeTruthy();
    const cost = Number(
      /USD (\d+(?:\.\d)?)M/.exec(screen.getByTestId('optimizer-cost').textContent ?? '')?.[1],
    );
    expect(cost).toBeLessThanOrEqual(6.0);
  }, 60_000);
});
