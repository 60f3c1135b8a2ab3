// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileButton } from '../../../src/ui/components/form';

afterEach(cleanup);

describe('FileButton', () => {
  it('hands over the chosen file, and the same file again when chosen again', async () => {
    const user = userEvent.setup();
    const onFile = vi.fn();
    render(
      <FileButton accept=".csv" testId="file" onFile={onFile}>
        Import…
      </FileButton>,
    );
    const input = screen.getByTestId('file') as HTMLInputElement;
    expect(input.hidden).toBe(true);
    expect(input.accept).toBe('.csv');
    const file = new File(['a,b'], 'actuals.csv', { type: 'text/csv' });
    await user.upload(input, file);
    expect(input.value).toBe('');
    await user.upload(input, file);
    expect(onFile.mock.calls.map((c) => (c[0] as File).name)).toEqual(['actuals.csv', 'actuals.csv']);
  });

  it('opens the file chooser from the button', async () => {
    const user = userEvent.setup();
    render(
      <FileButton accept=".json" testId="file" onFile={() => undefined}>
        Open…
      </FileButton>,
    );
    const click = vi.spyOn(screen.getByTestId('file'), 'click');
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    expect(click).toHaveBeenCalledOnce();
  });
});
