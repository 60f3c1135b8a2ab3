import { useMemo, useState } from 'react';
import { useAppStore } from '../../../state/store';
import { OptionSelect } from '../../components/form';
import { WorldMap } from '../../components/map/WorldMap';
import { DataTable } from '../../components/table/index';
import { COUNTRY_COLUMNS } from './country-columns';
import { CountryDetail } from './CountryDetail';
import { buildCountryRows } from './country-rows';
import { MAP_METRICS, METRIC_OPTIONS } from './metrics';

/** Reference countries with provenance, the user's overrides, a map and each country's pathway. */
export function CountriesScreen() {
  const workspace = useAppStore((s) => s.workspace);
  const rows = useMemo(() => buildCountryRows(workspace), [workspace]);
  const [selectedIso, setSelectedIso] = useState<string | null>(null);
  const [metricId, setMetricId] = useState(MAP_METRICS[0]?.id ?? 'regulatoryDays');
  const metric = MAP_METRICS.find((m) => m.id === metricId) ?? MAP_METRICS[0];
  const selected = rows.find((r) => r.iso2 === selectedIso) ?? null;
  const names = useMemo(() => Object.fromEntries(rows.map((r) => [r.iso2, r.name])), [rows]);
  const values = useMemo(
    () => (metric ? Object.fromEntries(rows.map((r) => [r.iso2, metric.value(r)])) : {}),
    [rows, metric],
  );

  return (
    <section className="screen">
      <h1>Countries</h1>
      <p className="muted">
        {rows.length} reference countries; {workspace.countries.length} in this workspace. Hover or focus a
        value for its source; overrides show in purple (✎).
      </p>
      <div className="split">
        <div>
          <div className="toolbar">
            <label htmlFor="map-metric">Colour the map by</label>
            <OptionSelect
              id="map-metric"
              value={metricId}
              options={METRIC_OPTIONS}
              onChange={(id) => setMetricId(id as typeof metricId)}
            />
          </div>
          {metric && (
            <WorldMap
              values={values}
              label={metric.label}
              names={names}
              format={(v) => v.toLocaleString('en-US', { maximumFractionDigits: metric.digits })}
              selected={selectedIso}
              onSelect={setSelectedIso}
            />
          )}
          <h2>Reference countries</h2>
          <DataTable
            label="Reference countries"
            rows={rows}
            columns={COUNTRY_COLUMNS}
            getRowId={(r) => r.iso2}
            onRowActivate={(r) => setSelectedIso(r.iso2)}
            activeRowId={selectedIso}
            height={520}
          />
        </div>
        {selected ? (
          <CountryDetail
            row={selected}
            onClose={() => {
              // Give focus back to the country's row rather than losing it to the page.
              document.querySelector<HTMLElement>('tr.dt-row--active')?.focus();
              setSelectedIso(null);
            }}
          />
        ) : (
          <aside className="panel muted">
            Select a country (click a row or the map) to see its values, overrides and pathway.
          </aside>
        )}
      </div>
    </section>
  );
}
