import { croCovers, type Scenario } from '../../../domain/workspace/index';
import { getCountry } from '../../../domain/reference/index';
import { setScenarioCro } from '../../../state/actions/scenarios';
import { useAppStore } from '../../../state/store';

/** One CRO for the whole scenario, optionally another per region; uncovered countries are flagged. */
export function ScenarioCros({ scenario }: { scenario: Scenario }) {
  const cros = useAppStore((s) => s.workspace.cros);
  const regions = [...new Set(scenario.countries.map((c) => getCountry(c.iso2)?.region).filter((r): r is NonNullable<typeof r> => !!r))];
  // Gaps grouped by CRO: one line each, however many countries (a 60-country plan listed 60 lines).
  const uncovered = new Map<string, string[]>();
  for (const c of scenario.countries) {
    const ref = getCountry(c.iso2);
    if (!ref) continue;
    const croId = scenario.cro.byRegion[ref.region] ?? scenario.cro.globalId;
    const cro = cros.find((x) => x.id === croId);
    if (cro && !croCovers(cro, ref.iso2, ref.region)) uncovered.set(cro.name, [...(uncovered.get(cro.name) ?? []), ref.name]);
  }
  const select = (region: string | null, value: string | undefined, label: string) => (
    <label className="field" key={region ?? 'global'}>
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => setScenarioCro(scenario.id, region, e.target.value || undefined)}>
        <option value="">{region ? 'Same as global' : 'Sponsor-run (no CRO)'}</option>
        {cros.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div>
      <div className="form-grid">
        {select(null, scenario.cro.globalId, 'CRO (global)')}
        {regions.map((r) => select(r, scenario.cro.byRegion[r], `CRO for ${r}`))}
      </div>
      {uncovered.size > 0 && (
        <ul className="warning-list" aria-label="CRO coverage gaps">
          {[...uncovered].map(([cro, names]) => (
            <li key={cro}>
              ⚠ {names.length === 1 ? `${names[0]} is not covered by ${cro}` : `${cro} does not cover ${names.length} countries: ${names.join(', ')}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
