// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import sampleFile from '../../../data/sample-workspace.json';
import { parseWorkspaceFile } from '../../../src/domain/workspace';
import { useAppStore } from '../../../src/state/store';
import { CountriesScreen } from '../../../src/ui/features/countries/CountriesScreen';

const parsed = parseWorkspaceFile(JSON.stringify(sampleFile));
if (!parsed.ok) throw new Error('sample invalid');

beforeEach(() => useAppStore.getState().replaceWorkspace(structuredClone(parsed.workspace)));
afterEach(cleanup);

async function openJapan() {
  render(<CountriesScreen />);
  // The table is virtualised: search for the country first, then activate its row.
  await userEvent.type(screen.getByPlaceholderText('Search all columns…'), 'Japan');
  await userEvent.click((await screen.findAllByRole('row', { name: /\bJapan JP\b/ }, { timeout: 3000 }))[0]!);
  return screen.getByRole('complementary');
}

describe('CountriesScreen', () => {
  it('says how many reference countries there are and how many the workspace uses', () => {
    render(<CountriesScreen />);
    expect(screen.getByText(/\d+ reference countries; 12 in this workspace/)).toBeTruthy();
  });

  it('refuses an override whose minimum exceeds its maximum, with the reason, and changes nothing', async () => {
    const detail = await openJapan();
    const overrideButtons = within(detail).getAllByRole('button', { name: /^Override / });
    await userEvent.click(overrideButtons[0]!);
    const [min, , max] = ['Minimum', 'Most likely', 'Maximum'].map(
      (l) => within(detail).getByLabelText(l) as HTMLInputElement,
    );
    await userEvent.clear(min!);
    await userEvent.type(min!, '500');
    await userEvent.clear(max!);
    await userEvent.type(max!, '10');
    await userEvent.click(within(detail).getByRole('button', { name: 'Save override' }));
    expect(within(detail).getByRole('alert').textContent).not.toBe('');
    const japan = useAppStore.getState().workspace.countries.find((c) => c.iso2 === 'JP')!;
    expect(japan.overrides).toEqual(parsed.workspace.countries.find((c) => c.iso2 === 'JP')!.overrides);
  });

  it('saves a valid override on the workspace country, and resets it to reference', async () => {
    const detail = await openJapan();
    await userEvent.click(within(detail).getAllByRole('button', { name: /^Override / })[0]!);
    const [min, mode, max] = ['Minimum', 'Most likely', 'Maximum'].map(
      (l) => within(detail).getByLabelText(l) as HTMLInputElement,
    );
    for (const [input, value] of [
      [min, '20'],
      [mode, '30'],
      [max, '40'],
    ] as const) {
      await userEvent.clear(input!);
      await userEvent.type(input!, value);
    }
    await userEvent.click(within(detail).getByRole('button', { name: 'Save override' }));
    const overrides = () =>
      useAppStore.getState().workspace.countries.find((c) => c.iso2 === 'JP')!.overrides;
    expect(Object.values(overrides()).map((o) => o.value)).toContainEqual({ min: 20, mode: 30, max: 40 });
    await userEvent.click(within(detail).getAllByRole('button', { name: /^Reset .* to reference$/ })[0]!);
    expect(Object.values(overrides()).map((o) => o.value)).not.toContainEqual({ min: 20, mode: 30, max: 40 });
  });
});
