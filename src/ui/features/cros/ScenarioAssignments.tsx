import { getCountry } from '../../../domain/reference/index';
import type { Cro, Scenario } from '../../../domain/workspace/index';
import { scenarioCroCoverage } from '../../../engine/cro/index';
import { assignCro } from '../../../state/actions/cros';

const regionOf = (iso2: string) => getCountry(iso2)?.region;

const STATUS_TEXT = {
  covered: 'covered',
  'not-covered': 'not covered by its CRO',
  'no-cro': 'no CRO assigned (sponsor-run)',
  'unknown-cro': 'assigned CRO no longer exists',
} as const;

function CroSelect({ label, value, cros, none, onChange }: { label: string; value: string | undefined; cros: readonly Cro[]; none: string; onChange: (id: string | undefined) => void }) {
  return (
    <label className="dt-inline">
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{none}</option>
        {cros.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Per scenario: the global CRO, a CRO per region, and the countries its CRO cannot run. */
export function ScenarioAssignments({ scenarios, cros }: { scenarios: readonly Scenario[]; cros: readonly Cro[] }) {
  if (scenarios.length === 0) return <p className="muted">No scenarios yet.</p>;
  return (
    <div className="cro-assignments">
      {scenarios.map((s) => {
        const coverage = scenarioCroCoverage(s, cros, regionOf);
        const regions = [...new Set(coverage.countries.map((c) => c.region).filter((r): r is string => Boolean(r)))];
        return (
          <section key={s.id} className="panel" aria-label={`CRO assignment for ${s.name}`}>
            <h3>{s.name}</h3>
            <div className="toolbar">
              <CroSelect label="Global CRO" none="None (sponsor-run)" value={s.cro.globalId} cros={cros} onChange={(id) => assignCro(s.id, undefined, id)} />
            </div>
            <div className="region-assign">
              {regions.map((r) => (
                <CroSelect key={r} label={`${r}:`} none="Same as global" value={s.cro.byRegion[r]} cros={cros} onChange={(id) => assignCro(s.id, r, id)} />
              ))}
            </div>
            <ul className="coverage-list">
              {coverage.countries.map((c) => (
                <li key={c.iso2} className={c.status === 'covered' ? 'coverage--ok' : 'coverage--flag'}>
                  <span aria-hidden="true">{c.status === 'covered' ? '✓' : '⚠'}</span> <strong>{c.iso2}</strong>{' '}
                  <span className="muted small">{c.region ?? 'unknown region'}</span> — {c.croName ?? c.croId ?? '—'}
                  {c.via === 'region' ? ' (regional)' : ''}: {STATUS_TEXT[c.status]}
                </li>
              ))}
            </ul>
            {coverage.flagged.length > 0 ? (
              <p className="field__error" role="status">
                {coverage.flagged.length === 1 ? '1 country needs' : `${coverage.flagged.length} countries need`} attention: {coverage.flagged.map((c) => c.iso2).join(', ')}
              </p>
            ) : (
              <p className="import-ready">Every country is covered by its assigned CRO.</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
