import { getCountry } from '../../../domain/reference/index';
import type { Cro, Scenario } from '../../../domain/workspace/index';
import { scenarioCroCoverage, type CountryCoverage } from '../../../engine/cro/index';
import { setScenarioCro } from '../../../state/actions/scenarios';
import { SelectField } from '../form';

const regionOf = (iso2: string) => getCountry(iso2)?.region;
const nameOf = (iso2: string) => getCountry(iso2)?.name ?? iso2;

/** One line per cause, however many countries (a 60-country plan used to list 60 lines). */
function gapLines(flagged: readonly CountryCoverage[]): string[] {
  const groups = new Map<string, string[]>();
  for (const c of flagged) {
    const cause =
      c.status === 'not-covered'
        ? (c.croName ?? c.croId ?? 'Its CRO')
        : c.status === 'no-cro'
          ? 'No CRO assigned (sponsor-run)'
          : 'Assigned CRO no longer exists';
    groups.set(cause, [...(groups.get(cause) ?? []), nameOf(c.iso2)]);
  }
  return [...groups].map(([cause, names]) => {
    const notCovered = !cause.startsWith('No CRO') && !cause.startsWith('Assigned CRO');
    if (!notCovered) return `${cause}: ${names.join(', ')}`;
    return names.length === 1
      ? `${names[0]} is not covered by ${cause}`
      : `${cause} does not cover ${names.length} countries: ${names.join(', ')}`;
  });
}

/**
 * A scenario's CRO assignment: one CRO for the whole scenario, optionally another per region, and
 * the countries left uncovered. The CROs and Scenarios screens both use it (one component, one
 * store action: setScenarioCro).
 */
export function CroAssignment({ scenario, cros }: { scenario: Scenario; cros: readonly Cro[] }) {
  const coverage = scenarioCroCoverage(scenario, cros, regionOf);
  const regions = [
    ...new Set(coverage.countries.map((c) => c.region).filter((r): r is string => Boolean(r))),
  ];
  const select = (region: string | null, value: string | undefined, label: string) => (
    <SelectField
      key={region ?? 'global'}
      label={label}
      value={value ?? ''}
      options={[
        { value: '', label: region ? 'Same as global' : 'Sponsor-run (no CRO)' },
        ...cros.map((c) => ({ value: c.id, label: c.name })),
      ]}
      onCommit={(id) => {
        setScenarioCro(scenario.id, region, id || undefined);
        return null;
      }}
    />
  );
  const lines = gapLines(coverage.flagged);
  return (
    <div className="cro-assignment">
      <div className="form-grid">
        {select(null, scenario.cro.globalId, 'Global CRO')}
        {regions.map((r) => select(r, scenario.cro.byRegion[r], `CRO for ${r}`))}
      </div>
      {lines.length > 0 ? (
        <>
          <p className="field__error" role="status">
            {coverage.flagged.length === 1 ? '1 country needs' : `${coverage.flagged.length} countries need`}{' '}
            attention: {coverage.flagged.map((c) => c.iso2).join(', ')}
          </p>
          <ul className="warning-list" aria-label="CRO coverage gaps">
            {lines.map((line) => (
              <li key={line}>⚠ {line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="import-ready" role="status">
          Every country is covered by its assigned CRO.
        </p>
      )}
    </div>
  );
}
