// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSampleWorkspace } from '../../../src/state/sample';
import { useAppStore } from '../../../src/state/store';
import { ScreenErrorBoundary } from '../../../src/ui/app/ScreenErrorBoundary';

/** A screen that fails to render while the study is named "boom", as a value the engine cannot take would. */
function Fragile() {
  const name = useAppStore((s) => s.workspace.study.name);
  if (name === 'boom') throw new RangeError('Invalid time value');
  return <p>screen ok: {name}</p>;
}

beforeEach(() => {
  useAppStore.setState({ workspace: loadSampleWorkspace(), hydrated: true });
  useAppStore.temporal.getState().clear();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ScreenErrorBoundary (issue #14: the app must not go blank)', () => {
  it('shows the failure in place of the screen, keeps what is outside it, and undoes the last edit', async () => {
    const user = userEvent.setup();
    render(
      <div>
        <header>header stays</header>
        <ScreenErrorBoundary screen="Compare">
          <Fragile />
        </ScreenErrorBoundary>
      </div>,
    );
    expect(screen.getByText(/screen ok/)).toBeTruthy();
    // When an edit makes the screen throw
    await useAppStore.getState().editWorkspace((ws) => void (ws.study.name = 'boom'));
    // Then the rest of the app stays and the boundary explains, with the reason
    expect(await screen.findByText('The Compare screen could not be shown')).toBeTruthy();
    expect(screen.getByText('header stays')).toBeTruthy();
    expect(screen.getByText(/Invalid time value/)).toBeTruthy();
    // And "Undo the last edit" restores the workspace and the screen
    await user.click(screen.getByRole('button', { name: 'Undo the last edit' }));
    expect(useAppStore.getState().workspace.study.name).not.toBe('boom');
    expect(await screen.findByText(/screen ok/)).toBeTruthy();
  });
});
