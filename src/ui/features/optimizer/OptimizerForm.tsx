import type { Workspace } from '../../../domain/workspace/index';
import { getCountry } from '../../../domain/reference/index';

export interface CountryRow {
  iso2: string;
  include: boolean;
  min: string;
  max: string;
}

export interface OptimizerInputs {
  rows: CountryRow[];
  p: string;
  objective: 'min-cost' | 'budget';
  budget: string;
  regionalConfidence: string;
  evaluable: boolean;
  /** Set when a run starts: the active scenario (its overrides, CROs and Min share % floors). */
  baseScenarioId: string;
}

export const DEFAULT_MAX_SITES = 30;

type TextSetting = 'p' | 'budget' | 'regionalConfidence';

const OBJECTIVES: readonly { value: OptimizerInputs['objective']; label: string }[] = [
  { value: 'min-cost', label: 'Cheapest mix meeting p and the regional shares' },
  { value: 'budget', label: 'Best P(success) within a budget' },
];

export function defaultInputs(workspace: Workspace, baseScenarioId: string | null): OptimizerInputs {
  return {
    rows: workspace.countries.map((c) => ({
      iso2: c.iso2,
      include: true,
      min: '0',
      max: String(DEFAULT_MAX_SITES),
    })),
    p: '0.85',
    objective: 'min-cost',
    budget: '10000000',
    regionalConfidence: '0.8',
    evaluable: false,
    baseScenarioId: baseScenarioId ?? '',
  };
}

/** The form: which countries, their site bounds (a minimum pins a country), p and the objective. */
export function OptimizerForm({
  workspace,
  inputs,
  onChange,
  errors,
}: {
  workspace: Workspace;
  inputs: OptimizerInputs;
  onChange: (next: OptimizerInputs) => void;
  errors: Record<string, string>;
}) {
  const setRow = (iso2: string, patch: Partial<CountryRow>) =>
    onChange({ ...inputs, rows: inputs.rows.map((r) => (r.iso2 === iso2 ? { ...r, ...patch } : r)) });
  const allIncluded = inputs.rows.every((r) => r.include);
  const err = (key: string) =>
    errors[key] ? (
      <span role="alert" className="field__error small">
        {errors[key]}
      </span>
    ) : null;
  /** A typed setting (kept as text until the run checks it), with its error. */
  const setting = (key: TextSetting, label: string, mode: 'decimal' | 'numeric') => (
    <>
      <input
        aria-label={label}
        inputMode={mode}
        value={inputs[key]}
        aria-invalid={errors[key] ? true : undefined}
        onChange={(e) => onChange({ ...inputs, [key]: e.target.value })}
      />
      {err(key)}
    </>
  );
  /** A country's site bound; the row's error shows after the last one. */
  const bound = (r: CountryRow, key: 'min' | 'max', label: string) => (
    <input
      aria-label={label}
      size={3}
      inputMode="numeric"
      disabled={!r.include}
      value={r[key]}
      aria-invalid={errors[r.iso2] ? true : undefined}
      onChange={(e) => setRow(r.iso2, { [key]: e.target.value })}
    />
  );
  return (
    <div className="optimizer-form">
      <div className="optimizer-form__settings">
        <label className="field">
          <span>Required P(target by the deadline)</span>
          {setting('p', 'Success probability p', 'decimal')}
        </label>
        <fieldset className="field optimizer-objective">
          <legend>Objective</legend>
          {OBJECTIVES.map((o) => (
            <label key={o.value}>
              <input
                type="radio"
                name="objective"
                checked={inputs.objective === o.value}
                onChange={() => onChange({ ...inputs, objective: o.value })}
              />{' '}
              {o.label}
            </label>
          ))}
          {inputs.objective === 'budget' && (
            <label>Budget (USD) {setting('budget', 'Budget (USD)', 'numeric')}</label>
          )}
        </fieldset>
        <label className="field">
          <span>Regional shares met with probability ≥</span>
          {setting('regionalConfidence', 'Regional confidence', 'decimal')}
        </label>
        <label className="optimizer-check">
          <input
            type="checkbox"
            checked={inputs.evaluable}
            onChange={(e) => onChange({ ...inputs, evaluable: e.target.checked })}
          />{' '}
          Target counts only patients who do not drop out ({Math.round(workspace.study.dropoutRate * 100)}%)
        </label>
      </div>
      <table className="data compact optimizer-countries" aria-label="Countries to optimise">
        <thead>
          <tr>
            <th scope="col">
              <label>
                <input
                  type="checkbox"
                  checked={allIncluded}
                  onChange={(e) =>
                    onChange({
                      ...inputs,
                      rows: inputs.rows.map((r) => ({ ...r, include: e.target.checked })),
                    })
                  }
                  aria-label="Include all countries"
                />{' '}
                Country
              </label>
            </th>
            <th scope="col" title="Pin a country: the mix must give it at least this many sites">
              At least (pin)
            </th>
            <th scope="col">Max sites</th>
          </tr>
        </thead>
        <tbody>
          {inputs.rows.map((r) => {
            const name = getCountry(r.iso2)?.name ?? r.iso2;
            return (
              <tr key={r.iso2}>
                <td>
                  <label>
                    <input
                      type="checkbox"
                      checked={r.include}
                      onChange={(e) => setRow(r.iso2, { include: e.target.checked })}
                      aria-label={`Include ${name}`}
                    />{' '}
                    {name}
                  </label>
                </td>
                <td>{bound(r, 'min', `At least this many sites in ${name}`)}</td>
                <td>
                  {bound(r, 'max', `Maximum sites in ${name}`)}
                  {err(r.iso2)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
