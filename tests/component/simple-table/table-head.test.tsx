// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TableHead } from '../../../src/ui/components/simple-table/TableHead';

afterEach(cleanup);

describe('TableHead', () => {
  it('draws one column header per entry, right-aligned over numeric columns', () => {
    render(
      <table>
        <TableHead
          columns={[
            'Site',
            { header: 'Prior /mo', numeric: true },
            { key: 'actions', header: <span className="sr-only">Actions</span> },
          ]}
        />
      </table>,
    );
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Site', 'Prior /mo', 'Actions']);
    expect(headers.map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(headers.map((h) => h.className)).toEqual(['', 'num', '']);
  });
});
