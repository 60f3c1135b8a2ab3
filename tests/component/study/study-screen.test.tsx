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

describe('Study screen', () => {
  it('stores a valid edit when the field is left, as one undo step', async () => {
    const user = userEvent.setup();
    render(<StudyScreen />);
    const target = screen.getByLabelText('Target randomised patients');
    await user.clear(target);
    await user.type(target, '640');
    await user.tab();
    expect(useAppStore.getState().workspace.study.targetRandomised).toBe(640);
    useAppStore.temporal.getState().undo();
    expect(useAppStore.getState().workspace.study.targetRandomised).toBe(600);
    expect(await screen.findByDisplayValue('600')).toBeTruthy();
  });

  it('shows an inline reason for an invalid value and stores nothing', async () => {
    const user = userEvent.setup();
    render(<StudyScreen />);
    const before = useAppStore.getState().workspace;
    const target = screen.getByLabelText('Target randomised patients');
    await user.clear(target);
    await user.type(target, 'lots');
    await user.tab();
    expect(target.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toMatch(/number/);
    expect(useAppStore.getState().workspace).toBe(before);
  });

  it('converts percentages shown 0–100 to stored shares', async () => {
    const user = userEvent.setup();
    render(<StudyScreen />);
    const dropout = screen.getByLabelText('Dropout rate (%)');
    await user.clear(dropout);
    await user.type(dropout, '12.5');
    await user.tab();
    expect(useAppStore.getState().workspace.study.dropoutRate).toBeCloseTo(0.125, 10);
  });

  it('refuses a deadline before the first submission, naming the field', async () => {
    const user = userEvent.setup();
    render(<StudyScreen />);
    const deadline = screen.getByLabelText('Enrollment deadline (last patient in)');
    await user.clear(deadline);
    await user.type(deadline, '2026-01-01');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toMatch(/after the first submission/);
    expect(useAppStore.getState().workspace.study.enrollmentDeadline).toBe('2029-08-31');
  });
});
