// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataTable } from '../../../src/ui/components/table';
import type { DataColumn } from '../../../src/ui/components/table';

interface Item {
  id: string;
  name: string;
  country: string;
  rate: number;
}

const items: Item[] = [
  { id: 'a', name: 'Alpha', country: 'US', rate: 0.5 },
  { id: 'b', name: 'Bravo', country: 'DE', rate: 1.5 },
  { id: 'c', name: 'Charlie', country: 'US', rate: 2.5 },
  { id: 'd', name: '<img src=x onerror=alert(1)>', country: 'JP', rate: 0.1 },
];

function columns(onCommit: (row: Item, raw: string) => void = () => {}): DataColumn<Item>[] {
  return [
    { id: 'name', header: 'Name', value: (r) => r.name, hideable: false },
    { id: 'country', header: 'Country', value: (r) => r.country, groupable: true },
    {
      id: 'rate',
      header: 'Rate',
      value: (r) => r.rate,
      align: 'end',
      filter: 'number',
      edit: {
        kind: 'number',
        validate: (_r, raw) =>
          Number.isFinite(Number(raw)) && Number(raw) >= 0 ? null : 'Rate must be a number ≥ 0',
        commit: onCommit,
      },
    },
  ];
}

function bodyNames(): string[] {
  const table = screen.getByRole('table', { name: 'Items' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelector('td:first-child')?.textContent ?? '');
}

afterEach(cleanup);

describe('DataTable', () => {
  it('renders names as text, never as HTML', () => {
    // Given a row whose name is an HTML payload
    render(<DataTable label="Items" rows={items} columns={columns()} getRowId={(r) => r.id} />);
    // Then it is shown literally and no <img> element exists
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('sorts by a column when its header is clicked', async () => {
    render(<DataTable label="Items" rows={items} columns={columns()} getRowId={(r) => r.id} />);
    // When Rate is clicked once (ascending) then again (descending)
    await userEvent.click(screen.getByRole('button', { name: /^Rate/ }));
    expect(bodyNames()[0]).toBe('<img src=x onerror=alert(1)>');
    await userEvent.click(screen.getByRole('button', { name: /^Rate/ }));
    expect(bodyNames()[0]).toBe('Charlie');
    expect(screen.getByRole('columnheader', { name: /Rate/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('filters globally and per column with numeric expressions', async () => {
    render(<DataTable label="Items" rows={items} columns={columns()} getRowId={(r) => r.id} />);
    await userEvent.type(screen.getByLabelText('Filter Rate'), '> 1');
    expect(bodyNames().sort()).toEqual(['Bravo', 'Charlie']);
    await userEvent.type(screen.getByLabelText('Search Items'), 'char');
    expect(bodyNames()).toEqual(['Charlie']);
    expect(screen.getByText('1 of 4 rows')).toBeTruthy();
  });

  it('groups by a column with collapsible groups', async () => {
    render(
      <DataTable
        label="Items"
        rows={items}
        columns={columns()}
        getRowId={(r) => r.id}
        initialGroupBy="country"
      />,
    );
    const usGroup = screen.getByRole('button', { name: /Country: US \(2\)/ });
    expect(screen.getByText('Alpha')).toBeTruthy();
    // When the US group is collapsed, its rows disappear
    await userEvent.click(usGroup);
    expect(screen.queryByText('Alpha')).toBeNull();
    expect(screen.getByText('Bravo')).toBeTruthy();
  });

  it('groups from the toolbar: Group by, Collapse all, Expand all, None', async () => {
    render(<DataTable label="Items" rows={items} columns={columns()} getRowId={(r) => r.id} />);
    expect(screen.queryByRole('button', { name: 'Collapse all' })).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Group by'), 'country');
    // Grouped and expanded: a heading per country, the rows under them
    expect(screen.getByRole('button', { name: /Country: US \(2\)/ })).toBeTruthy();
    expect(screen.getByText('Alpha')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(screen.queryByText('Alpha')).toBeNull();
    expect(screen.getByRole('button', { name: /Country: DE \(1\)/ })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(screen.getByText('Alpha')).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Group by'), '');
    expect(screen.queryByRole('button', { name: /Country: US/ })).toBeNull();
    expect(bodyNames()).toHaveLength(4);
  });

  it('hides a column from the column chooser', async () => {
    render(<DataTable label="Items" rows={items} columns={columns()} getRowId={(r) => r.id} />);
    await userEvent.click(screen.getByText('Columns'));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Country' }));
    expect(screen.queryByRole('columnheader', { name: /Country/ })).toBeNull();
    expect((screen.getByRole('checkbox', { name: 'Name' }) as HTMLInputElement).disabled).toBe(true);
  });

  it('selects rows and reports the ids', async () => {
    function Harness() {
      const [sel, setSel] = useState<Set<string>>(new Set());
      return (
        <>
          <DataTable
            label="Items"
            rows={items}
            columns={columns()}
            getRowId={(r) => r.id}
            selectable
            selectedIds={sel}
            onSelectedIdsChange={setSel}
          />
          <output data-testid="sel">{[...sel].sort().join(',')}</output>
        </>
      );
    }
    render(<Harness />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Bravo' }));
    expect(screen.getByTestId('sel').textContent).toBe('b');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all shown rows' }));
    expect(screen.getByTestId('sel').textContent).toBe('a,b,c,d');
  });

  it('refuses an invalid inline edit with its reason and stores nothing', async () => {
    const commit = vi.fn();
    render(<DataTable label="Items" rows={items} columns={columns(commit)} getRowId={(r) => r.id} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit Rate for Alpha' }));
    const input = screen.getByRole('textbox', { name: 'Rate for Alpha' });
    await userEvent.clear(input);
    await userEvent.type(input, '-3{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Rate must be a number ≥ 0');
    expect(commit).not.toHaveBeenCalled();
    // When fixed, the value is committed once
    await userEvent.clear(input);
    await userEvent.type(input, '0.7{Enter}');
    expect(commit).toHaveBeenCalledWith(items[0], '0.7');
  });

  it('moves between rows with the keyboard and opens one with Enter', () => {
    const open = vi.fn();
    render(
      <DataTable
        label="Items"
        rows={items}
        columns={columns()}
        getRowId={(r) => r.id}
        onRowActivate={open}
      />,
    );
    const rows = screen.getAllByRole('row').slice(1);
    rows[0]!.focus();
    fireEvent.keyDown(rows[0]!, { key: 'ArrowDown' });
    fireEvent.keyDown(screen.getAllByRole('row')[2]!, { key: 'Enter' });
    expect(open).toHaveBeenCalledWith(items[1]);
  });

  it('virtualises: 10,000 rows render only a window of row elements', () => {
    const many: Item[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `s${i}`,
      name: `Site ${i}`,
      country: 'US',
      rate: i / 1000,
    }));
    render(<DataTable label="Items" rows={many} columns={columns()} getRowId={(r) => r.id} height={400} />);
    const rendered = screen.getAllByRole('row').length;
    expect(rendered).toBeLessThan(60);
    expect(screen.getByText('10000 rows')).toBeTruthy();
  });
});
