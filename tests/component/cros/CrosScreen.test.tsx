// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { blankWorkspace } from '../../../src/domain/workspace';
import type { Cro, Workspace } from '../../../src/domain/workspace';
import { useAppStore } from '../../../src/state/store';
import { CrosScreen } from '../../../src/ui/features/cros/CrosScreen';

const cro = (id: string, name: string, regions: string[]): Cro => ({
  id,
  name,
  model: 'full-service',
  coverage: { regions, countries: [] },
  fees: {
    managementFeePct: 0.15,
    monitoringPerSiteMonthUsd: 2000,
    passThroughMarkupPct: 0.05,
    fxPolicy: 'pass-through',
  },
  startupSpeedFactor: 0.9,
  scorecard: { quality: 4, capacity: 4.5, regulatory: 4, therapeutic: 4, governance: 3.5 },
  notes: '',
});

function workspace(): Workspace {
  const ws = blankWorkspace('t', '2026-01-01');
  ws.cros.push(
    cro('C1', 'Global <script>x</script>', ['North America']),
    cro('C2', 'Asia Only', ['Asia-Pacific']),
  );
  ws.scenarios.push({
    id: 'SC',
    name: 'Plan A',
    description: '',
    countries: [
      { iso2: 'US', siteCount: 2, siteIds: [], useNamedSites: false },
      { iso2: 'JP', siteCount: 2, siteIds: [], useNamedSites: false },
    ],
    cro: { globalId: 'C1', byRegion: {} },
    overrides: {},
  });
  return ws;
}

beforeEach(() => useAppStore.getState().replaceWorkspace(workspace()));
afterEach(cleanup);

describe('CrosScreen', () => {
  it('shows the weighted score with its breakdown (hand-computed 81) and names as text', () => {
    render(<CrosScreen />);
    const card = screen.getByRole('article', { name: 'Global <script>x</script>' });
    expect(within(card).getByLabelText('Due-diligence score 81 of 100')).toBeTruthy();
    expect(within(card).getByLabelText('24.0 of 30.0 points')).toBeTruthy();
    expect(document.querySelector('script')).toBeNull();
  });

  it('flags a country the assigned CRO does not cover, and clears it with a regional CRO', async () => {
    render(<CrosScreen />);
    const section = screen.getByRole('region', { name: 'CRO assignment for Plan A' });
    expect(within(section).getByRole('status').textContent).toBe('1 country needs attention: JP');
    await userEvent.selectOptions(within(section).getByLabelText('CRO for Asia-Pacific'), 'C2');
    expect(within(section).getByText('Every country is covered by its assigned CRO.')).toBeTruthy();
    expect(useAppStore.getState().workspace.scenarios[0]?.cro.byRegion).toEqual({ 'Asia-Pacific': 'C2' });
  });

  it('clears the global CRO the same way as the Scenarios screen (one store action): the key is removed', async () => {
    render(<CrosScreen />);
    const section = screen.getByRole('region', { name: 'CRO assignment for Plan A' });
    await userEvent.selectOptions(within(section).getByLabelText('Global CRO'), '');
    const cro = useAppStore.getState().workspace.scenarios[0]!.cro;
    expect('globalId' in cro).toBe(false);
    expect(within(section).getByRole('status').textContent).toMatch(/need attention/);
  });

  it('refuses an invalid weight with the reason', async () => {
    render(<CrosScreen />);
    const field = screen.getByLabelText('Capacity');
    await userEvent.clear(field);
    await userEvent.type(field, '250{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Weights run from 0 to 100');
    expect(useAppStore.getState().workspace.settings.scorecardWeights.capacity).toBe(20);
  });

  it('deletes a CRO and removes it from scenario assignments', async () => {
    window.confirm = vi.fn(() => true);
    render(<CrosScreen />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete Global <script>x</script>' }));
    const ws = useAppStore.getState().workspace;
    expect(ws.cros.map((c) => c.id)).toEqual(['C2']);
    expect(ws.scenarios[0]?.cro.globalId).toBeUndefined();
  });
});
