// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankWorkspace } from '../../../src/domain/workspace/index';
import { buildReportModel } from '../../../src/io/deck/report-model';
import { loadSampleWorkspace } from '../../../src/state/sample';
import { useAppStore } from '../../../src/state/store';
import { ReportDocument } from '../../../src/ui/features/report/ReportDocument';
import { ReportScreen } from '../../../src/ui/features/report/ReportScreen';
import { enterSharedPlan } from '../../../src/state/share-session';
import { useShareStore } from '../../../src/state/share-state';
import { SharedBanner } from '../../../src/ui/app/SharedBanner';
import { context, global, usOnly, workspace } from '../../unit/io/deck/fixtures';

afterEach(cleanup);

describe('Report document', () => {
  it('shows headline numbers, cost when computed, regional status, assumptions with sources and the reproducibility line', () => {
    render(
      <ReportDocument
        report={buildReportModel(workspace, [usOnly, global], context)}
        workspace={workspace}
      />,
    );
    expect(screen.getByTestId('report-p50-SCN-GLOBAL')).toHaveProperty('textContent', '30.1 months');
    expect(screen.getByTestId('report-pdeadline-SCN-GLOBAL')).toHaveProperty('textContent', '65%');
    const headline = screen.getByRole('row', { name: /US \+ EU only/ });
    expect(within(headline).getByText('not computed')).toBeTruthy();
    const globalSection = screen.getByRole('region', { name: 'Scenario Global' });
    expect(within(globalSection).getByText(/P10–P90 USD 15\.9M – USD 17\.9M/)).toBeTruthy();
    expect(within(globalSection).getAllByText('Met')).toHaveLength(2);
    const usSection = screen.getByRole('region', { name: 'Scenario US + EU only' });
    expect(within(usSection).getAllByText('Short')).toHaveLength(2);
    expect(within(usSection).getByText(/cost model is not part of this evaluation/)).toBeTruthy();
    expect(screen.getByText('User override — CRO quote; reference value 120 (60–200).')).toBeTruthy();
    expect(screen.getByTestId('report-repro').textContent).toContain(
      'Monte Carlo 5,000 runs, seed 42; MRCT Planner 9.9.9, workspace schema v2',
    );
  });
});

describe('Report screen with a shared plan', () => {
  beforeEach(() => {
    useAppStore.setState({ workspace: blankWorkspace('ws-own', '2026-01-01'), hydrated: true });
    useShareStore.setState({ shared: null });
  });

  it('shows the shared plan in place of the own workspace; “Back to my workspace” restores it, “Save a copy” adopts it', async () => {
    // Given a shared plan (few runs, to keep the test quick) while the user has their own workspace
    const own = useAppStore.getState().workspace;
    const shared = loadSampleWorkspace();
    shared.settings.monteCarloRuns = 200;
    enterSharedPlan(shared, 'SCN-GLOBAL');
    render(
      <>
        <SharedBanner />
        <ReportScreen />
      </>,
    );
    // Then a banner says so and the focused scenario is reported
    expect(screen.getByRole('region', { name: 'Shared plan' }).textContent).toContain('read-only');
    expect((screen.getByRole('checkbox', { name: /Global/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'US + EU only' }) as HTMLInputElement).checked).toBe(false);
    expect(await screen.findByTestId('report-p50-SCN-GLOBAL', {}, { timeout: 15_000 })).toBeTruthy();
    expect(useAppStore.getState().workspace).toBe(shared);
    expect(useShareStore.getState().shared?.own).toBe(own);
    // When the user saves a copy
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save a copy' }));
    // Then it replaces the working workspace, the shared view closes, and one undo brings their own back
    expect(useAppStore.getState().workspace).toEqual(shared);
    expect(useShareStore.getState().shared).toBeNull();
    expect(screen.queryByRole('region', { name: 'Shared plan' })).toBeNull();
    useAppStore.temporal.getState().undo();
    expect(useAppStore.getState().workspace).toBe(own);
  });

  it('says when the workspace has no scenarios', () => {
    render(<ReportScreen />);
    expect(screen.getByText(/no scenarios yet/)).toBeTruthy();
  });
});
