import { beforeEach, describe, expect, it } from 'vitest';
import {
  blankWorkspace,
  MAX_GENERIC_SITES,
  siteSchema,
  workspaceSchema,
  type Workspace,
} from '../../../../src/domain/workspace';
import {
  createScenario,
  setScenarioCountryIncluded,
  updateScenarioCountry,
} from '../../../../src/state/actions/scenarios';
import { useAppStore } from '../../../../src/state/store';

/** A workspace whose US has 600 named sites (more than a scenario's generic maximum) and JP none. */
function bigUs(): Workspace {
  const ws = blankWorkspace('t', '2026-01-01');
  ws.countries.push({ iso2: 'US', overrides: {} }, { iso2: 'JP', overrides: {} });
  for (let i = 0; i < 600; i++)
    ws.sites.push(siteSchema.parse({ id: `S${i}`, name: `Site ${i}`, country: 'US' }));
  return ws;
}

describe('scenario actions', () => {
  beforeEach(() => useAppStore.getState().replaceWorkspace(bigUs()));

  it('a new scenario uses all 600 named US sites and still saves (generic count capped at the maximum)', () => {
    // When a scenario is created from the workspace
    const id = createScenario('All sites');
    const ws = useAppStore.getState().workspace;
    const us = ws.scenarios.find((s) => s.id === id)!.countries.find((c) => c.iso2 === 'US')!;
    // Then the US uses its 600 named sites, the generic count is capped, and the whole workspace is valid
    expect(us.useNamedSites).toBe(true);
    expect(us.siteIds).toHaveLength(600);
    expect(us.siteCount).toBe(MAX_GENERIC_SITES);
    expect(workspaceSchema.safeParse(ws).success).toBe(true);
  });

  it('a country without named sites enters with 3 generic sites; too many generic sites are refused with the maximum named', () => {
    const id = createScenario('Counts');
    setScenarioCountryIncluded(id, 'JP', false);
    setScenarioCountryIncluded(id, 'JP', true);
    const jp = useAppStore
      .getState()
      .workspace.scenarios.find((s) => s.id === id)!
      .countries.find((c) => c.iso2 === 'JP')!;
    expect(jp).toMatchObject({ siteCount: 3, useNamedSites: false, siteIds: [] });
    expect(updateScenarioCountry(id, 'JP', { siteCount: MAX_GENERIC_SITES + 1 })).toBe(
      `Sites must be a whole number from 0 to ${MAX_GENERIC_SITES}.`,
    );
  });
});
