import type { OverrideValue } from '../../domain/workspace/index';
import { validateOverride, type CountryParameterKey } from '../../domain/workspace/override-rules';
import { useAppStore } from '../store';

const state = () => useAppStore.getState();

export function addCountry(iso2: string): void {
  if (state().workspace.countries.some((c) => c.iso2 === iso2)) return;
  state().editWorkspace((ws) => void ws.countries.push({ iso2, overrides: {} }));
}

/** Removes a country unless a scenario still uses it; returns the reason when refused. */
export function removeCountry(iso2: string): string | null {
  const users = state().workspace.scenarios.filter((s) => s.countries.some((c) => c.iso2 === iso2));
  if (users.length > 0)
    return `Used by scenario${users.length > 1 ? 's' : ''} ${users.map((s) => `“${s.name}”`).join(', ')}; remove it there first.`;
  state().editWorkspace((ws) => void (ws.countries = ws.countries.filter((c) => c.iso2 !== iso2)));
  return null;
}

/** Stores an override after validating it; returns the reason when refused (nothing is stored). */
export function setCountryOverride(
  iso2: string,
  key: CountryParameterKey,
  value: OverrideValue,
  note?: string,
): string | null {
  const problem = validateOverride(key, value);
  if (problem) return problem;
  if (!state().workspace.countries.some((c) => c.iso2 === iso2))
    return 'Add the country to the workspace before overriding its values.';
  state().editWorkspace((ws) => {
    const selection = ws.countries.find((c) => c.iso2 === iso2);
    if (selection)
      selection.overrides[key] = { value, updatedAt: new Date().toISOString(), ...(note ? { note } : {}) };
  });
  return null;
}

export function resetCountryOverride(iso2: string, key: CountryParameterKey): void {
  state().editWorkspace((ws) => {
    const selection = ws.countries.find((c) => c.iso2 === iso2);
    if (selection) delete selection.overrides[key];
  });
}

export function setCountryPathway(iso2: string, pathwayId: string): void {
  state().editWorkspace((ws) => {
    const selection = ws.countries.find((c) => c.iso2 === iso2);
    if (selection) selection.pathwayId = pathwayId;
  });
}
