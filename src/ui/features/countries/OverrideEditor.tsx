import { useState } from 'react';
import type { ResolvedParameter } from '../../../engine/evaluation/country-parameters';
import { resetCountryOverride, setCountryOverride } from '../../../state/actions/countries';
import { parseDecimal } from '../../components/form';
import { ProvenanceValue } from '../../components/provenance/ProvenanceValue';

const parse = (text: string) => parseDecimal(text);

/**
 * One overridable value: its current number with provenance, and min / most likely / max inputs.
 * The engine validates the override; a refused value shows its reason and nothing is stored.
 */
export function OverrideEditor({
  iso2,
  parameter,
  editable,
}: {
  iso2: string;
  parameter: ResolvedParameter;
  editable: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ min: '', mode: '', max: '' });
  const [error, setError] = useState<string | null>(null);
  const digits =
    parameter.unit === 'fraction' || parameter.unit === 'ratio' || parameter.unit.startsWith('×') ? 2 : 0;
  const isOverride = parameter.origin.kind === 'override';
  const idBase = `ovr-${iso2}-${parameter.key}`;

  const start = () => {
    const v = parameter.value;
    setDraft({ min: String(v.min), mode: String(v.mode), max: String(v.max) });
    setError(null);
    setEditing(true);
  };
  const save = () => {
    const value = { min: parse(draft.min), mode: parse(draft.mode), max: parse(draft.max) };
    const problem = setCountryOverride(
      iso2,
      parameter.key,
      value.min === value.max && value.mode === value.min ? value.min : value,
    );
    setError(problem);
    if (!problem) setEditing(false);
  };

  return (
    <div className="param-row" data-testid={`param-${parameter.key}`}>
      <div className="param-row__head">
        <span className="param-row__label">
          {parameter.label} <span className="muted small">({parameter.unit})</span>
        </span>
        <ProvenanceValue value={parameter.value} origin={parameter.origin} digits={digits} />
      </div>
      {editable && !editing && (
        <div className="param-row__actions">
          <button
            type="button"
            className="link-button"
            onClick={start}
            aria-label={`Override ${parameter.label}`}
          >
            Override
          </button>
          {isOverride && (
            <button
              type="button"
              className="link-button"
              onClick={() => resetCountryOverride(iso2, parameter.key)}
              aria-label={`Reset ${parameter.label} to reference`}
            >
              Reset to reference
            </button>
          )}
        </div>
      )}
      {editing && (
        <form
          className="override-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {(['min', 'mode', 'max'] as const).map((k) => (
            <label key={k} htmlFor={`${idBase}-${k}`}>
              {k === 'mode' ? 'Most likely' : k === 'min' ? 'Minimum' : 'Maximum'}
              <input
                id={`${idBase}-${k}`}
                value={draft[k]}
                inputMode="decimal"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${idBase}-error` : undefined}
                onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
              />
            </label>
          ))}
          <div className="override-form__buttons">
            <button type="submit" className="primary">
              Save override
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
          {error && (
            <p id={`${idBase}-error`} className="field__error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
