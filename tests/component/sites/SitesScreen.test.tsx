// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { blankWorkspace } from '../../../src/domain/workspace';
import type { Workspace } from '../../../src/domain/workspace';
import { useAppStore } from '../../../src/state/store';
import { SitesScreen } from '../../../src/ui/features/sites/SitesScreen';

function workspace(): Workspace {
  const ws = blankWorkspace('t', '2026-01-01');
  ws.investigators.push({
    id: 'PI-A',
    name: 'Dr Shared',
    specialty: 'Oncology',
    trialsInArea: 2,
    pastEnrollmentPerMonth: 0.5,
    qualityFlags: [],
  });
  ws.sites.push(
    {
      id: 'S1',
      name: '<img src=x onerror=alert(1)>',
      country: 'US',
      city: 'Boston',
      investigatorId: 'PI-A',
      siteType: 'academic',
      competingTrials: 0,
      qualityFlags: [],
    },
    {
      id: 'S2',
      name: 'Second Site',
      country: 'DE',
      city: 'Berlin',
      investigatorId: 'PI-A',
      siteType: 'community',
      competingTrials: 1,
      qualityFlags: ['Form 483 (2021)'],
    },
  );
  return ws;
}

beforeEach(() => useAppStore.getState().replaceWorkspace(workspace()));
afterEach(cleanup);

const sitesTable = () => screen.getByRole('table', { name: 'Sites' });

describe('SitesScreen', () => {
  it('renders HTML in a site name as text', () => {
    render(<SitesScreen />);
    expect(within(sitesTable()).getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('opens the detail panel with the prior explained in words and numbers', async () => {
    render(<SitesScreen />);
    await userEvent.click(within(sitesTable()).getByText('Second Site'));
    const sentence = screen.getByTestId('prior-sentence').textContent ?? '';
    expect(sentence).toMatch(
      /^Expected \d\.\d\d patients\/month; 90% range \d\.\d\d–\d\.\d\d; based on: country default/,
    );
    expect(sentence).toContain('PI history 0.50/month over 2 trials');
    expect(sentence).toContain('1 competing trial × 0.87');
    expect(screen.getByText('Leads 2 sites; PI changes apply to all of them:')).toBeTruthy();
  });

  it('edits a PI once and every site they lead shows it', async () => {
    render(<SitesScreen />);
    await userEvent.click(within(sitesTable()).getByText('Second Site'));
    const field = screen.getByLabelText('Trials in this area');
    await userEvent.clear(field);
    await userEvent.type(field, '7{Enter}');
    expect(useAppStore.getState().workspace.investigators[0]?.trialsInArea).toBe(7);
    const cells = within(sitesTable()).getAllByRole('button', { name: /^Edit PI trials for / });
    expect(cells.map((c) => c.textContent)).toEqual(['7', '7']);
  });

  it('refuses an invalid PI value with the reason and stores nothing', async () => {
    render(<SitesScreen />);
    await userEvent.click(within(sitesTable()).getByText('Second Site'));
    const field = screen.getByLabelText('Past enrolment /month');
    await userEvent.clear(field);
    await userEvent.type(field, '500{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Must be at most 100');
    expect(useAppStore.getState().workspace.investigators[0]?.pastEnrollmentPerMonth).toBe(0.5);
  });

  it('bulk-sets competing trials on the selection in one undo step', async () => {
    render(<SitesScreen />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all shown rows' }));
    const bar = screen.getByRole('group', { name: 'Bulk edit selected sites' });
    const input = within(bar).getByRole('textbox');
    fireEvent.change(input, { target: { value: '3' } });
    await userEvent.click(within(bar).getByRole('button', { name: 'Set competing' }));
    expect(useAppStore.getState().workspace.sites.map((s) => s.competingTrials)).toEqual([3, 3]);
    useAppStore.temporal.getState().undo();
    expect(useAppStore.getState().workspace.sites.map((s) => s.competingTrials)).toEqual([0, 1]);
  });
});
