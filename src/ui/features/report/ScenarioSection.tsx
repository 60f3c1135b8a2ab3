import { useMemo } from 'react';
import { formatMoney, formatShare } from '../../../domain/format';
import type { RegionalCheck, ReportScenario } from '../../../io/deck/report-model';
import { StartupGantt } from '../../components/charts/StartupGantt';
import { WorldMap } from '../../components/map/WorldMap';
import { Staged } from '../../components/progressive/Staged';
import { SimpleTable } from '../../components/simple-table/SimpleTable';
import { numericColumn } from '../../components/simple-table/numeric-column';
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
        <SimpleTable
          rows={s.countries}
          rowKey={(c) => c.iso2}
          columns={[
            { key: 'name', header: 'Country', cell: (c) => c.name, rowHeader: true },
            { key: 'region', header: 'Region', cell: (c) => c.region },
            { key: 'sites', header: 'Sites', cell: (c) => c.sites, numeric: true },
            {
              key: 'patients',
              header: 'Expected patients',
              cell: (c) => c.expectedPatients.toFixed(0),
              numeric: true,
            },
            { key: 'share', header: 'Share', cell: (c) => formatShare(c.expectedShare), numeric: true },
            s.cost && {
              key: 'cost',
              header: 'Expected cost',
              numeric: true,
              cell: (c) => {
                const amount = costOf.get(c.iso2);
                return amount === undefined || !s.cost ? '—' : formatMoney(amount, s.cost.currency);
              },
            },
          ]}
        />
      </div>
      <h4>Start-up</h4>
      <Staged version={s} minHeight={Math.max(150, 30 * s.countries.length + 70)}>
        <StartupGantt countries={s.countries} />
      </Staged>
      <CostSection scenario={s} />
      <h4>Regional consistency</h4>
      {s.regional.length === 0 ? (
        <p className="muted">No filing markets with a required share are set for this study.</p>
      ) : (
        <SimpleTable
          rows={s.regional}
          rowKey={(r) => r.market}
          columns={[
            { key: 'market', header: 'Filing market', cell: (r) => r.market, rowHeader: true },
            numericColumn<RegionalCheck>('required', 'Required share', (r) => formatShare(r.required)),
            numericColumn<RegionalCheck>('expected', 'Expected share', (r) => formatShare(r.expected)),
            {
              key: 'status',
              header: 'Status',
              cell: (r) => (r.met ? 'Met' : 'Short'),
              className: (r) => (r.met ? 'report-ok' : 'report-short'),
            },
            { key: 'basis', header: 'Basis', cell: (r) => r.basis, className: () => 'small' },
          ]}
        />
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
