// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SimpleTable } from '../../../src/ui/components/simple-table/SimpleTable';

afterEach(cleanup);

const rows = [
  { id: 'JP', name: 'Japan', patients: 120, low: false },
  { id: 'BR', name: 'Brazil', patients: 80, low: true },
];

describe('SimpleTable', () => {
  it('renders caption, column headers, row headers and right-aligned numbers; skips absent columns', () => {
    render(
      <SimpleTable
        caption="Country mix"
        rows={rows}
        rowKey={(r) => r.id}
        rowProps={(r) => ({ className: r.low ? 'report-low' : undefined, 'data-country': r.id })}
        columns={[
          { key: 'name', header: 'Country', cell: (r) => r.name, rowHeader: true },
          { key: 'patients', header: 'Patients', cell: (r) => r.patients, numeric: true },
          false,
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Country mix' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Country', 'Patients']);
    expect(within(table).getByRole('columnheader', { name: 'Patients' }).className).toBe('num');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Japan', 'Brazil']);
    const brazil = within(table).getByRole('rowheader', { name: 'Brazil' }).closest('tr')!;
    expect(brazil.className).toBe('report-low');
    expect(brazil.getAttribute('data-country')).toBe('BR');
    const cell = within(brazil).getByRole('cell');
    expect(cell.textContent).toBe('80');
    expect(cell.className).toBe('num');
  });

  it('names a caption-less table with its label', () => {
    render(
      <SimpleTable
        label="Import problems"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[{ key: 'name', header: 'Country', cell: (r) => r.name }]}
      />,
    );
    expect(screen.getByRole('table', { name: 'Import problems' }).querySelector('caption')).toBeNull();
  });
});
