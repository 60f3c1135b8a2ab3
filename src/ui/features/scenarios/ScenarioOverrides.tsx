import { useState } from 'react';
import { NOT_A_NUMBER, parseDecimal } from '../../components/form';
import type { Scenario } from '../../../domain/workspace/index';
import { getCountry } from '../../../domain/reference/index';
import {
  COUNTRY_PARAMETER_INFO,
  COUNTRY_PARAMETER_KEYS,
} from '../../../engine/evaluation/parameter-definitions';
import { countryOverrideKey } from '../../../engine/evaluation/scenario-overrides';
import { setScenarioOverride } from '../../../state/actions/scenarios';
import type { CountryParameterKey } from '../../../engine/evaluation/country-parameters';
import { WorkspaceValue } from './WorkspaceValue';

const STUDY_KEYS = [
  { key: 'study:screenFailureRate', label: 'Screen-failure rate (0–1)' },
  { key: 'study:dropoutRate', label: 'Dropout rate (0–1)' },
  { key: 'settings:optimismDiscount', label: 'Optimism discount on site estimates (0–1)' },
];

function describeKey(key: string): string {
  const study = STUDY_KEYS.find((s) => s.key === key);
  if (study) return study.label;
  const [, iso2, param] = key.split(':');
  const def = COUNTRY_PARAMETER_INFO[param as keyof typeof COUNTRY_PARAMETER_INFO];
  return `${getCountry(iso2 ?? '')?.name ?? iso2} — ${def?.label ?? param} (most likely)`;
}

const STUDY_SCOPE = 'study';

/** The assumptions one can override for a scope: the study-wide ones, or one country's parameters. */
function assumptionsFor(scope: string): { key: string; label: string }[] {
  if (scope === STUDY_SCOPE) return STUDY_KEYS;
  return COUNTRY_PARAMETER_KEYS.map((k) => ({
    key: countryOverrideKey(scope, k),
    label: `${COUNTRY_PARAMETER_INFO[k].label} (most likely)`,
  }));
}

/**
 * Assumptions changed for this scenario only (the workspace's values stay as they are). The
 * assumption is chosen in two steps, where (study-wide or a country) then what: one list of every
 * parameter of every country would hold 600 entries at 60 countries.
 */
export function ScenarioOverrides({ scenario }: { scenario: Scenario }) {
  const [pickedScope, setScope] = useState(STUDY_SCOPE);
  // A country that has left the scenario (or another scenario's country) falls back to the study.
  const scope = scenario.countries.some((c) => c.iso2 === pickedScope) ? pickedScope : STUDY_SCOPE;
  const assumptions = assumptionsFor(scope);
  const [picked, setKey] = useState(STUDY_KEYS[0]?.key ?? '');
  // A key from another scope (the scope just changed, or the country left the scenario) falls back to the first.
  const key = assumptions.some((a) => a.key === picked) ? picked : (assumptions[0]?.key ?? '');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const n = parseDecimal(value);
    const problem = Number.isNaN(n) ? NOT_A_NUMBER : setScenarioOverride(scenario.id, key, n);
    setError(problem);
    if (!problem) setValue('');
  };
  const entries = Object.entries(scenario.overrides);
  return (
    <div>
      {entries.length > 0 ? (
        <ul className="override-list">
          {entries.map(([k, v]) => (
            <li key={k}>
              <span className="override">
                ✎ {describeKey(k)}: {v}
              </span>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => setScenarioOverride(scenario.id, k, undefined)}
                aria-label={`Remove override ${describeKey(k)}`}
              >
                remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">No scenario-specific assumptions: workspace values apply.</p>
      )}
      <div className="toolbar">
        <label htmlFor={`ovr-scope-${scenario.id}`} className="sr-only">
          Applies to
        </label>
        <select id={`ovr-scope-${scenario.id}`} value={scope} onChange={(e) => setScope(e.target.value)}>
          <option value={STUDY_SCOPE}>Whole study</option>
          {scenario.countries.map((c) => (
            <option key={c.iso2} value={c.iso2}>
              {getCountry(c.iso2)?.name ?? c.iso2}
            </option>
          ))}
        </select>
        <label htmlFor={`ovr-key-${scenario.id}`} className="sr-only">
          Assumption
        </label>
        <select id={`ovr-key-${scenario.id}`} value={key} onChange={(e) => setKey(e.target.value)}>
          {assumptions.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
        <input
          aria-label="Override value"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          inputMode="decimal"
          placeholder="value"
          style={{ width: 110 }}
        />
        <button type="button" onClick={add}>
          Override for this scenario
        </button>
      </div>
      {scope !== STUDY_SCOPE && (
        <WorkspaceValue iso2={scope} param={key.split(':')[2] as CountryParameterKey} />
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
