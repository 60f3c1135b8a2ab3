// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSampleWorkspace } from '../../../src/state/sample';
import { useAppStore } from '../../../src/state/store';
import { ScenarioCros } from '../../../src/ui/features/scenarios/ScenarioCros';
import { ScenarioOverrides } from '../../../src/ui/features/scenarios/ScenarioOverrides';

const scenario = (id: string) => useAppStore.getState().workspace.scenarios.find((s) => s.id === id)!;

beforeEach(() => {
  useAppStore.setState({ workspace: loadSampleWorkspace(), hydrated: true });
  useAppStore.temporal.getState().clear();
});
afterEach(cleanup);

describe('Scenario assumptions', () => {
  it('chooses where (whole study or a country of the scenario) before what', async () => {
    // Given the US + EU scenario (7 countries)
    const user = userEvent.setup();
    const { rerender } = render(<ScenarioOverrides scenario={scenario('SCN-USEU')} />);
    const where = screen.getByLabelText('Applies to');
    // Then "where" lists the study and the scenario's 7 countries, and "what" starts with study-wide assumptions
    expect(within(where).getAllByRole('option')).toHaveLength(8);
    expect(
      within(screen.getByLabelText('Assumption')).getByRole('option', { name: /Dropout rate/ }),
    ).toBeTruthy();
    // When Germany's contract duration is set to 120 for this scenario
    await user.selectOptions(where, 'DE');
    await user.selectOptions(screen.getByLabelText('Assumption'), 'country:DE:contractDays');
    await user.type(screen.getByLabelText('Override value'), '120');
    await user.click(screen.getByRole('button', { name: 'Override for this scenario' }));
    // Then the scenario carries that override under the country's key, listed by name
    expect(scenario('SCN-USEU').overrides).toEqual({ 'country:DE:contractDays': 120 });
    rerender(<ScenarioOverrides scenario={scenario('SCN-USEU')} />);
    expect(screen.getByText(/Germany — Contract & budget \(most likely\): 120/)).toBeTruthy();
  });
});

describe('Scenario CROs', () => {
  it('lists the countries a CRO does not cover on one line per CRO', () => {
    // Given the global scenario run entirely by the FSP (North America, Western Europe and Poland only)
    useAppStore.getState().editWorkspace((ws) => {
      const s = ws.scenarios.find((x) => x.id === 'SCN-GLOBAL')!;
      s.cro = { globalId: 'CRO-FSP', byRegion: {} };
    });
    render(<ScenarioCros scenario={scenario('SCN-GLOBAL')} />);
    // Then one line names the FSP and the five countries outside its coverage
    const gaps = within(screen.getByRole('list', { name: 'CRO coverage gaps' })).getAllByRole('listitem');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.textContent).toBe(
      '⚠ Northbridge FSP Services (fictional) does not cover 5 countries: Japan, China, South Korea, Australia, Brazil',
    );
  });
});
