// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSampleWorkspace } from '../../../src/state/sample';
import { useAppStore } from '../../../src/state/store';
import { StudyScreen } from '../../../src/ui/features/study/StudyScreen';

beforeEach(() => {
  useAppStore.setState({ workspace: loadSampleWorkspace(), hydrated: true });
  useAppStore.temporal.getState().clear();
});
afterEach(cleanup);

describe('Study screen: primary analysis', () => {
  it('stores a valid piecewise hazard and switches to enrollment-driven with a follow-up', async () => {
    const user = userEvent.setup();
    render(<StudyScreen />);
    const pieces = screen.getByLabelText('Piecewise control hazard (optional)');
    await user.type(pieces, '0:0.08, 6:0.05');
    await user.tab();
    expect(useAppStore.getState().workspace.study.endpoint.controlHazardPieces).toEqual([
      { fromMonth: 0, hazardPerMonth: 0.08 },
      { fromMonth: 6, hazardPerMonth: 0.05 },
    ]);
    await user.selectOptions(screen.getByLabelText('Primary analysis'), 'enrollment');
    const followUp = screen.getByLabelText('Follow-up after last patient in (months)');
    await user.clear(followUp);
    await user.type(followUp, '12');
    await user.tab();
    expect(useAppStore.getState().workspace.study.endpoint).toMatchObject({
      kind: 'enrollment',
      followUpMonths: 12,
    });
    expect(screen.queryByLabelText('Required events')).toBeNull();
  });

  it('shows an inline reason for an invalid hazard ratio and stores nothing', async () => {
    const user = userEvent.setup();
    render(<StudyScreen />);
    const before = useAppStore.getState().workspace;
    const hr = screen.getByLabelText('Hazard ratio (experimental / control)');
    await user.clear(hr);
    await user.type(hr, '0');
    await user.tab();
    expect(hr.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toMatch(/Hazard ratio must be above 0/);
    expect(useAppStore.getState().workspace).toBe(before);
  });
});
