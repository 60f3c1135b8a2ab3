import { useMemo } from 'react';
import type { Scenario, Site } from '../../../domain/workspace/index';
import { getCountry } from '../../../domain/reference/index';
import {
  setScenarioCountryIncluded,
  setScenarioReportingMemberState,
  updateScenarioCountry,
} from '../../../state/actions/scenarios';
import { useAppStore } from '../../../state/store';
import { useProgressiveCount } from '../../components/progressive/use-progressive-count';
import { NumberField } from '../../components/form';
import { TableHead } from '../../components/simple-table/TableHead';

/** A number in a table cell: named by aria-label, right-aligned, may be emptied. */
const CELL = { hideLabel: true, optional: true, className: 'number-cell' } as const;

const COUNTRY_COLUMNS = [
  'Use',
  'Country',
  'Sites',
  { header: 'Generic sites', numeric: true },
  { header: 'Cap (patients)', numeric: true },
  { header: 'Min share %', numeric: true },
];

/** Which workspace countries the scenario uses, with named sites or a site count, caps and ratio floors. */
export function ScenarioCountries({ scenario }: { scenario: Scenario }) {
  const countries = useAppStore((s) => s.workspace.countries);
  const sites = useAppStore((s) => s.workspace.sites);
  // Site ids by country, once per sites list: filtering 10,000 sites for each of 60 countries on
  // every render took ~70 ms of the main thread.
  const namedByCountry = useMemo(() => groupIds(sites), [sites]);
  const entries = useMemo(() => new Map(scenario.countries.map((c) => [c.iso2, c])), [scenario.countries]);
  // Another scenario: its rows are drawn 20 per task (60 rows of inputs at once were one ~100 ms task).
  const drawn = useProgressiveCount(countries.length, scenario.id);
  return (
    <>
      <table className="data compact scenario-countries">
        <caption className="sr-only">Countries in {scenario.name}</caption>
        <TableHead columns={COUNTRY_COLUMNS} />
        <tbody>
          {countries.slice(0, drawn).map((c) => {
            const entry = entries.get(c.iso2);
            const name = getCountry(c.iso2)?.name ?? c.iso2;
            const named = namedByCountry.get(c.iso2) ?? [];
            return (
              <tr key={c.iso2}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Use ${name}`}
                    checked={entry !== undefined}
                    onChange={(e) => setScenarioCountryIncluded(scenario.id, c.iso2, e.target.checked)}
                  />
                </td>
                <td>{name}</td>
                <td>
                  {entry && (
                    <select
                      aria-label={`Sites for ${name}`}
                      value={entry.useNamedSites ? 'named' : 'count'}
                      onChange={(e) =>
                        updateScenarioCountry(
                          scenario.id,
                          c.iso2,
                          // Back to named sites: the scenario's own choice if it has one, else every site of the country.
                          e.target.value === 'named'
                            ? {
                                useNamedSites: true,
                                siteIds: entry.siteIds.length > 0 ? entry.siteIds : named,
                              }
                            : { useNamedSites: false },
                        )
                      }
                    >
                      <option value="named" disabled={named.length === 0}>
                        {/* The sites this scenario uses (or would use on switching), of the workspace's sites in the country. */}
                        Named sites (
                        {entry.useNamedSites || entry.siteIds.length > 0
                          ? entry.siteIds.length
                          : named.length}{' '}
                        of {named.length})
                      </option>
                      <option value="count">Number of generic sites</option>
                    </select>
                  )}
                </td>
                <td className="num">
                  {entry && !entry.useNamedSites && (
                    <NumberField
                      {...CELL}
                      label={`Generic sites in ${name}`}
                      value={entry.siteCount}
                      onCommit={(v) => updateScenarioCountry(scenario.id, c.iso2, { siteCount: v ?? 0 })}
                    />
                  )}
                  {entry?.useNamedSites && <span className="muted">{entry.siteIds.length}</span>}
                </td>
                <td className="num">
                  {entry && (
                    <NumberField
                      {...CELL}
                      label={`Cap for ${name}`}
                      value={entry.cap}
                      placeholder="none"
                      onCommit={(v) => updateScenarioCountry(scenario.id, c.iso2, { cap: v })}
                    />
                  )}
                </td>
                <td className="num">
                  {entry && (
                    <NumberField
                      {...CELL}
                      label={`Minimum share for ${name}`}
                      value={entry.minShare}
                      scale={100}
                      placeholder="—"
                      onCommit={(v) => updateScenarioCountry(scenario.id, c.iso2, { minShare: v })}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ReportingMemberStateField scenario={scenario} />
      <p className="muted small" data-testid="min-share-help">
        <strong>Cap</strong>: the country stops randomising at that many patients (competitive enrolment).{' '}
        <strong>Min share %</strong>: this scenario needs at least that share of randomised patients from the
        country; Consistency below checks it with the filing markets, and the optimizer must meet it when it
        starts from this scenario.
      </p>
    </>
  );
}

/** Which EU member state reports the scenario's CTR application: its holidays count the CTR clock. */
function ReportingMemberStateField({ scenario }: { scenario: Scenario }) {
  const eu = scenario.countries
    .map((c) => getCountry(c.iso2))
    .filter((c) => c !== undefined && c.euMember && c.authorityId === 'eu-ctr');
  if (eu.length === 0) return null;
  return (
    <div className="field" style={{ marginTop: '0.6rem' }}>
      <label htmlFor="eu-rms-choice">EU reporting member state (CTR clock holidays)</label>
      <select
        id="eu-rms-choice"
        value={scenario.euReportingMemberState ?? ''}
        onChange={(e) => setScenarioReportingMemberState(scenario.id, e.target.value || undefined)}
      >
        <option value="">Automatic: the EU country with the most sites</option>
        {eu.map((c) => (
          <option key={c!.iso2} value={c!.iso2}>
            {c!.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function groupIds(sites: readonly Site[]): Map<string, string[]> {
  const byCountry = new Map<string, string[]>();
  for (const s of sites) {
    const ids = byCountry.get(s.country);
    if (ids) ids.push(s.id);
    else byCountry.set(s.country, [s.id]);
  }
  return byCountry;
}
