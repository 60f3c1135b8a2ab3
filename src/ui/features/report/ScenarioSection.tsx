import { useMemo } from 'react';
import { formatMoney, formatShare } from '../../../domain/format';
import type { ReportScenario } from '../../../io/deck/report-model';
import { StartupGantt } from '../../components/charts/StartupGantt';
import { WorldMap } from '../../components/map/WorldMap';
import { CostSection } from './CostSection';

/** One scenario: country mix (map + table), start-up Gantt, costs, regional consistency, warnings. */
export function ScenarioSection({ scenario: s }: { scenario: ReportScenario }) {
  const names = useMemo(() => Object.fromEntries(s.countries.map((c) => [c.iso2, c.name])), [s]);
  const values = useMemo(() => Object.fromEntries(s.countries.map((c) => [c.iso2, c.expectedPatients])), [s]);
  const costOf = new Map(s.cost?.byCountry.map((c) => [c.iso2, c.amount]) ?? []);
  return (
    <section className="report-section report-scenario" aria-label={`Scenario ${s.name}`}>
      <h3>Scenario: {s.name}</h3>
      {s.description && <p className="muted">{s.description}</p>}
      <h4>Country mix</h4>
      <div className="report-two-col">
        <WorldMap
          values={values}
          label="Expected randomised patients"
          names={names}
          format={(v) => v.toFixed(0)}
        />
        <table className="data compact">
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Region</th>
              <th scope="col" className="num">
                Sites
              </th>
              <th scope="col" className="num">
                Expected patients
              </th>
              <th scope="col" className="num">
                Share
              </th>
              {s.cost && (
                <th scope="col" className="num">
                  Expected cost
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {s.countries.map((c) => (
              <tr key={c.iso2}>
                <th scope="row">{c.name}</th>
                <td>{c.region}</td>
                <td className="num">{c.sites}</td>
                <td className="num">{c.expectedPatients.toFixed(0)}</td>
                <td className="num">{formatShare(c.expectedShare)}</td>
                {s.cost && (
                  <td className="num">
                    {costOf.has(c.iso2) ? formatMoney(costOf.get(c.iso2) as number, s.cost.currency) : '—'}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>Start-up</h4>
      <StartupGantt countries={s.countries} />
      <CostSection scenario={s} />
      <h4>Regional consistency</h4>
      {s.regional.length === 0 ? (
        <p className="muted">No filing markets with a required share are set for this study.</p>
      ) : (
        <table className="data compact">
          <thead>
            <tr>
              <th scope="col">Filing market</th>
              <th scope="col" className="num">
                Required share
              </th>
              <th scope="col" className="num">
                Expected share
              </th>
              <th scope="col">Status</th>
              <th scope="col">Basis</th>
            </tr>
          </thead>
          <tbody>
            {s.regional.map((r) => (
              <tr key={r.market}>
                <th scope="row">{r.market}</th>
                <td className="num">{formatShare(r.required)}</td>
                <td className="num">{formatShare(r.expected)}</td>
                <td className={r.met ? 'report-ok' : 'report-short'}>{r.met ? 'Met' : 'Short'}</td>
                <td className="small">{r.basis}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(s.warnings.length > 0 || s.scenarioOverrides.length > 0) && (
        <ul className="small">
          {s.scenarioOverrides.length > 0 && (
            <li>Scenario-specific assumptions: {s.scenarioOverrides.join('; ')}</li>
          )}
          {s.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
