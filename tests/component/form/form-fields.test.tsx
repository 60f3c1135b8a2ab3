// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommitField, NumberField, SelectField } from '../../../src/ui/components/form';

afterEach(cleanup);

/** A tiny store: refuses negative numbers and empty names, records every stored value. */
function Harness({ kind, stored }: { kind: 'text' | 'number'; stored: (v: unknown) => void }) {
  const [name, setName] = useState('Site A');
  const [rate, setRate] = useState<number | undefined>(1.5);
  if (kind === 'text')
    return (
      <CommitField
        label="Name"
        value={name}
        onCommit={(raw) => {
          if (raw.trim() === '') return 'Name: must not be empty';
          setName(raw);
          stored(raw);
          return null;
        }}
      />
    );
  return (
    <NumberField
      label="Rate"
      value={rate}
      locale="en-US"
      optional
      onCommit={(v) => {
        if (v !== undefined && v < 0) return 'Rate: must be zero or more';
        setRate(v);
        stored(v);
        return null;
      }}
    />
  );
}

describe('CommitField', () => {
  it('stores on blur and on Enter, not while typing', async () => {
    const user = userEvent.setup();
    const stored = vi.fn();
    render(<Harness kind="text" stored={stored} />);
    const input = screen.getByLabelText('Name');
    await user.clear(input);
    await user.type(input, 'Site B');
    expect(stored).not.toHaveBeenCalled();
    await user.tab();
    expect(stored).toHaveBeenLastCalledWith('Site B');
    await user.clear(input);
    await user.type(input, 'Site C{Enter}');
    expect(stored).toHaveBeenLastCalledWith('Site C');
  });

  it('reverts to the stored value on Escape, storing nothing', async () => {
    const user = userEvent.setup();
    const stored = vi.fn();
    render(<Harness kind="text" stored={stored} />);
    const input = screen.getByLabelText('Name') as HTMLInputElement;
    await user.clear(input);
    await user.type(input, 'Typo{Escape}');
    expect(input.value).toBe('Site A');
    await user.tab();
    expect(stored).not.toHaveBeenCalled();
  });

  it('shows why a refused value was refused, keeps it in the input, and clears the reason on Escape', async () => {
    const user = userEvent.setup();
    const stored = vi.fn();
    render(<Harness kind="text" stored={stored} />);
    const input = screen.getByLabelText('Name') as HTMLInputElement;
    await user.clear(input);
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('Name: must not be empty');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    expect(input.value).toBe('');
    expect(stored).not.toHaveBeenCalled();
    await user.type(input, '{Escape}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input.value).toBe('Site A');
  });

  it('stores nothing when the text is unchanged (no empty undo step)', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn(() => null);
    render(<CommitField label="City" value="Lyon" onCommit={onCommit} />);
    await user.click(screen.getByLabelText('City'));
    await user.tab();
    expect(onCommit).not.toHaveBeenCalled();
  });
});

describe('NumberField', () => {
  it('parses a decimal comma and a decimal point', async () => {
    const user = userEvent.setup();
    const stored = vi.fn();
    render(<Harness kind="number" stored={stored} />);
    const input = screen.getByLabelText('Rate') as HTMLInputElement;
    await user.clear(input);
    await user.type(input, '2,5');
    await user.tab();
    expect(stored).toHaveBeenLastCalledWith(2.5);
    expect(input.value).toBe('2.5');
    await user.clear(input);
    await user.type(input, '0.75{Enter}');
    expect(stored).toHaveBeenLastCalledWith(0.75);
  });

  it('says why text that is not a number, or a value the store refuses, is not stored', async () => {
    const user = userEvent.setup();
    const stored = vi.fn();
    render(<Harness kind="number" stored={stored} />);
    const input = screen.getByLabelText('Rate') as HTMLInputElement;
    await user.clear(input);
    await user.type(input, 'lots');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toMatch(/Enter a number/);
    await user.clear(input);
    await user.type(input, '-1');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('Rate: must be zero or more');
    expect(input.value).toBe('-1');
    expect(stored).not.toHaveBeenCalled();
    await user.type(input, '{Escape}');
    expect(input.value).toBe('1.5');
  });

  it('shows and stores percentages through a scale, accepting a trailing %', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn(() => null);
    render(<NumberField label="Share" value={0.125} scale={100} locale="de-DE" onCommit={onCommit} />);
    const input = screen.getByLabelText('Share') as HTMLInputElement;
    expect(input.value).toBe('12,5');
    await user.clear(input);
    await user.type(input, '20,5 %');
    await user.tab();
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect((onCommit.mock.calls[0] as unknown[])[0]).toBeCloseTo(0.205, 12);
  });

  it('commits undefined for empty text only when optional', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn(() => null);
    render(<NumberField label="Cap" value={10} onCommit={onCommit} />);
    await user.clear(screen.getByLabelText('Cap'));
    await user.tab();
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/Enter a number/);
  });
});

describe('SelectField', () => {
  it('stores a choice at once and shows why a refused choice was refused', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn((v: string) => (v === 'b' ? 'B is not allowed here' : null));
    const options = [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
      { value: 'c', label: 'C' },
    ];
    render(<SelectField label="Kind" value="a" options={options} onCommit={onCommit} />);
    const select = screen.getByLabelText('Kind') as HTMLSelectElement;
    await user.selectOptions(select, 'b');
    expect(screen.getByRole('alert').textContent).toBe('B is not allowed here');
    expect(select.value).toBe('a');
    await user.selectOptions(select, 'c');
    expect(onCommit).toHaveBeenLastCalledWith('c');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
