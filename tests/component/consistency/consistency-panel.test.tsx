// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSampleWorkspace } from '../../../src/state/sample';
import { useAppStore } from '../../../src/state/store';
import { ConsistencyPanel } from '../../../src/ui/features/consistency/ConsistencyPanel';

const markets = () => useAppStore.getState().workspace.filingMarkets;

beforeEach(() => {
  useAppStore.setState({ workspace: loadSampleWorkspace(), hydrated: true });
  useAppStore.temporal.getState().clear();
});
afterEach(cleanup);

describe('Consistency panel', () => {
  it('reports each filing market’s required and expected share with a status badge', async () => {
    // Given the global sample scenario (6 Japanese and 6 Chinese of 61 sites) and 15% requirements
    render(<ConsistencyPanel scenarioId="SCN-GLOBAL" />);
    // When the worker (main-thread fallback here) has computed the shares
    const jp = await screen.findByTestId('consistency-JP', {}, { timeout: 10_000 });
    // Then Japan shows 15.0% required, an expected share near 10% with a P10–P90, and "Not met"
    expect(jp.textContent).toContain('15.0%');
    expect(jp.textContent).toMatch(/\d+\.\d% \(\d+\.\d%–\d+\.\d%\)/);
    expect(within(jp).getByText('Not met')).toBeTruthy();
    expect(jp.getAttribute('data-status')).toBe('not-met');
    expect(screen.getByTestId('consistency-CN').getAttribute('data-status')).toBe('not-met');
  });

  it('says a market is unmet when the scenario has none of its countries', async () => {
    render(<ConsistencyPanel scenarioId="SCN-USEU" />);
    const jp = await screen.findByTestId('consistency-JP', {}, { timeout: 10_000 });
    expect(jp.textContent).toContain('0.0%');
    expect(jp.textContent).toContain('scenario has no JP sites');
  });

  it('fills the minimum share from MHLW Method 1 and writes the basis, as one undo step', async () => {
    const user = userEvent.setup();
    render(<ConsistencyPanel scenarioId="SCN-GLOBAL" />);
    const row = screen.getByTestId('market-JP');
    await user.click(within(row).getByRole('button', { name: 'Method 1…' }));
    // Given π = 0.5, CP = 0.8 and 90% power (defaults): Quan et al. give f = 0.2243 (RC reference)
    expect(screen.getByTestId('method1-result').textContent).toBe('22.43%');
    // When the share is used
    await user.click(screen.getByRole('button', { name: 'Use this share' }));
    // Then it is stored (rounded up to 0.01 pp) with a basis naming the method and its inputs
    const jp = markets().find((m) => m.id === 'JP')!;
    expect(jp.minShare).toBe(0.2243);
    expect(jp.basis).toMatch(
      /^MHLW Method 1 \(π = 0.5, CP = 0.8, power 90%, one-sided α 0.025\): minimum 22.43%\.$/,
    );
    expect(screen.getByLabelText('Minimum share (%) for Japan (PMDA)')).toHaveProperty('value', '22.43');
    useAppStore.temporal.getState().undo();
    expect(markets().find((m) => m.id === 'JP')!.minShare).toBe(0.15);
  });

  it('refuses an invalid CP, naming the field, and disables “Use this share”', async () => {
    const user = userEvent.setup();
    render(<ConsistencyPanel scenarioId="SCN-GLOBAL" />);
    await user.click(within(screen.getByTestId('market-CN')).getByRole('button', { name: 'Method 1…' }));
    const cp = screen.getByLabelText('CP (probability required)');
    await user.clear(cp);
    await user.type(cp, '1.2');
    expect(screen.getByRole('alert').textContent).toMatch(/CP must be in/);
    expect(screen.getByRole('button', { name: 'Use this share' })).toHaveProperty('disabled', true);
  });

  it('adds, edits with validation and removes a filing market', async () => {
    const user = userEvent.setup();
    render(<ConsistencyPanel scenarioId="SCN-GLOBAL" />);
    const form = screen.getByRole('form', { name: 'Add a filing market' });
    await user.type(within(form).getByLabelText('Market name'), 'Korea (MFDS)');
    await user.type(within(form).getByLabelText('Countries'), 'kr');
    await user.type(within(form).getByLabelText('Minimum share (%)'), '5');
    await user.click(within(form).getByRole('button', { name: 'Add market' }));
    const korea = markets().find((m) => m.label === 'Korea (MFDS)')!;
    expect(korea).toMatchObject({ countries: ['KR'], minShare: 0.05 });

    // An invalid share is refused inline; nothing stored
    const before = useAppStore.getState().workspace;
    const share = screen.getByLabelText('Minimum share (%) for Korea (MFDS)');
    await user.clear(share);
    await user.type(share, '150');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toMatch(/between 0% and 100%/);
    expect(useAppStore.getState().workspace).toBe(before);

    await user.click(screen.getByRole('button', { name: 'Remove Korea (MFDS)' }));
    expect(markets().map((m) => m.id)).toEqual(['JP', 'CN']);
  });

  it('refuses a market without countries', async () => {
    const user = userEvent.setup();
    render(<ConsistencyPanel scenarioId="SCN-GLOBAL" />);
    const form = screen.getByRole('form', { name: 'Add a filing market' });
    await user.type(within(form).getByLabelText('Market name'), 'Nowhere');
    await user.type(within(form).getByLabelText('Minimum share (%)'), '5');
    await user.click(within(form).getByRole('button', { name: 'Add market' }));
    await waitFor(() =>
      expect(within(form).getByRole('alert').textContent).toMatch(
        /Countries: A filing market covers at least one country/,
      ),
    );
    expect(markets()).toHaveLength(2);
  });
});
