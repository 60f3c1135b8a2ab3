// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordFields, type RecordField } from '../../../src/ui/features/sites/RecordFields';

afterEach(cleanup);

interface Thing {
  name: string;
  kind: string;
  estimate?: number;
  count: number;
  flags: string[];
}

const FIELDS: RecordField<Thing>[] = [
  { kind: 'text', key: 'name', label: 'Name' },
  {
    kind: 'select',
    key: 'kind',
    label: 'Kind',
    id: 'thing-kind',
    options: [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ],
  },
  { kind: 'number', key: 'estimate', label: 'Estimate', help: 'Empty = unknown' },
  { kind: 'number', key: 'count', label: 'Count', emptyIsZero: true },
  { kind: 'flags', key: 'flags', label: 'Flags' },
];

const thing: Thing = { name: 'Site A', kind: 'a', estimate: 2, count: 3, flags: ['x', 'y'] };

describe('RecordFields', () => {
  it('shows each property with its control and stores a one-property patch per commit', async () => {
    const user = userEvent.setup();
    const update = vi.fn((_patch: Partial<Thing>): string | null => null);
    render(<RecordFields fields={FIELDS} record={thing} update={update} />);
    expect(screen.getByLabelText('Flags')).toHaveProperty('value', 'x; y');

    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Site B{Enter}');
    await user.selectOptions(screen.getByLabelText('Kind'), 'b');
    await user.clear(screen.getByLabelText('Estimate'));
    await user.tab();
    await user.clear(screen.getByLabelText('Count'));
    await user.tab();
    await user.clear(screen.getByLabelText('Flags'));
    await user.type(screen.getByLabelText('Flags'), ' slow ; new PI |audit{Enter}');

    expect(update.mock.calls.map((c) => c[0])).toEqual([
      { name: 'Site B' },
      { kind: 'b' },
      { estimate: undefined },
      { count: 0 },
      { flags: ['slow', 'new PI', 'audit'] },
    ]);
  });

  it('shows the reason a value was refused', async () => {
    const user = userEvent.setup();
    render(<RecordFields fields={FIELDS} record={thing} update={() => 'Name is required'} />);
    await user.clear(screen.getByLabelText('Name'));
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('Name is required');
  });
});
