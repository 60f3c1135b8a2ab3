import { describe, expect, it } from 'vitest';
import { optionsFrom } from '../../../../../src/ui/components/form';

describe('optionsFrom', () => {
  it('turns labels keyed by value into select options, in the record’s order', () => {
    expect(optionsFrom({ lpi: 'Last patient in', topline: 'Topline' })).toEqual([
      { value: 'lpi', label: 'Last patient in' },
      { value: 'topline', label: 'Topline' },
    ]);
  });
});
