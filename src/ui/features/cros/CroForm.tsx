import { useState } from 'react';
import type { ReactNode } from 'react';
import { REGIONS } from '../../../domain/reference/index';
import { FX_POLICIES, SCORECARD_CRITERIA } from '../../../domain/workspace/index';
import { CRITERION_LABELS } from '../../../engine/cro/index';
import { checkCro } from '../../../state/actions/cros';
import type { FieldErrors } from '../../../state/actions/cros';
import { optionsFrom, type SelectOption } from '../../components/form';
import { croFromDraft } from './cro-form';
import type { CroDraft } from './cro-form';

interface Props {
  title: string;
  initial: CroDraft;
  otherIds: string[];
  /** Stores the CRO; returns field errors (empty when stored). */
  onSave: (draft: CroDraft) => FieldErrors;
  onCancel: () => void;
}

function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <span id={`${id}-err`} role="alert" className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}

type TextKey =
  | 'id'
  | 'name'
  | 'managementFeePct'
  | 'monitoringPerSiteMonthUsd'
  | 'passThroughMarkupPct'
  | 'startupSpeedFactor'
  | 'countries';

/** A field of the form's grid; `path` is where checkCro reports its error when not `key`. */
type CroField = { id: string; label: string; path?: string } & (
  | { kind: 'input'; key: TextKey; inputMode: 'text' | 'decimal' }
  | { kind: 'select'; key: 'model' | 'fxPolicy'; options: SelectOption[] }
);

const MODEL_LABELS: Record<CroDraft['model'], string> = {
  'full-service': 'Full-service',
  fsp: 'Functional (FSP)',
};
const FX_OPTIONS = FX_POLICIES.map((f) => ({ value: f, label: f }));

/** The grid's fields, in display order (regions, ratings and notes follow). */
const CRO_FIELDS: readonly CroField[] = [
  { kind: 'input', id: 'cro-id', label: 'Id', key: 'id', inputMode: 'text' },
  { kind: 'input', id: 'cro-name', label: 'Name', key: 'name', inputMode: 'text' },
  { kind: 'select', id: 'cro-model', label: 'Model', key: 'model', options: optionsFrom(MODEL_LABELS) },
  {
    kind: 'input',
    id: 'cro-mgmt',
    label: 'Management fee (%)',
    key: 'managementFeePct',
    path: 'fees.managementFeePct',
    inputMode: 'decimal',
  },
  {
    kind: 'input',
    id: 'cro-mon',
    label: 'Monitoring (USD per site-month)',
    key: 'monitoringPerSiteMonthUsd',
    path: 'fees.monitoringPerSiteMonthUsd',
    inputMode: 'decimal',
  },
  {
    kind: 'input',
    id: 'cro-pt',
    label: 'Pass-through mark-up (%)',
    key: 'passThroughMarkupPct',
    path: 'fees.passThroughMarkupPct',
    inputMode: 'decimal',
  },
  {
    kind: 'select',
    id: 'cro-fx',
    label: 'FX policy',
    key: 'fxPolicy',
    path: 'fees.fxPolicy',
    options: FX_OPTIONS,
  },
  {
    kind: 'input',
    id: 'cro-speed',
    label: 'Start-up speed factor (0.8 = 20% faster)',
    key: 'startupSpeedFactor',
    inputMode: 'decimal',
  },
  {
    kind: 'input',
    id: 'cro-countries',
    label: 'Extra countries (ISO codes)',
    key: 'countries',
    path: 'coverage.countries',
    inputMode: 'text',
  },
];
const errorPath = (f: CroField) => f.path ?? f.key;

/** Add / edit a CRO. Errors show next to each field as the user types; saving refuses invalid input. */
export function CroForm({ title, initial, otherIds, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState(false);
  const [saveErrors, setSaveErrors] = useState<FieldErrors>({});
  const live = checkCro(croFromDraft(draft), otherIds);
  const errors = touched ? { ...live, ...saveErrors } : saveErrors;
  const set = (patch: Partial<CroDraft>) => {
    setDraft({ ...draft, ...patch });
    setTouched(true);
    setSaveErrors({});
  };
  // A list's errors are keyed by item ("coverage.countries.1"): show the first under the list's field.
  const errorAt = (path: string) =>
    errors[path] ?? Object.entries(errors).find(([k]) => k.startsWith(`${path}.`))?.[1];
  const input = (
    id: string,
    path: string,
    value: string,
    onChange: (v: string) => void,
    mode: 'text' | 'decimal' = 'decimal',
  ) => (
    <input
      id={id}
      inputMode={mode}
      value={value}
      aria-invalid={errorAt(path) ? true : undefined}
      aria-describedby={errorAt(path) ? `${id}-err` : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );

  return (
    <form
      className="panel cro-form"
      aria-label={title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        setSaveErrors(onSave(draft));
      }}
    >
      <h2>{title}</h2>
      <div className="form-grid cro-form__grid">
        {CRO_FIELDS.map((f) => (
          <Field key={f.id} id={f.id} label={f.label} error={errorAt(errorPath(f))}>
            {f.kind === 'select' ? (
              <select id={f.id} value={draft[f.key]} onChange={(e) => set({ [f.key]: e.target.value })}>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              input(f.id, errorPath(f), draft[f.key], (v) => set({ [f.key]: v }), f.inputMode)
            )}
          </Field>
        ))}
      </div>
      <fieldset className="cro-regions">
        <legend>Regions covered</legend>
        {REGIONS.map((r) => (
          <label key={r}>
            <input
              type="checkbox"
              checked={draft.regions.includes(r)}
              onChange={(e) =>
                set({
                  regions: e.target.checked ? [...draft.regions, r] : draft.regions.filter((x) => x !== r),
                })
              }
            />{' '}
            {r}
          </label>
        ))}
      </fieldset>
      <fieldset className="cro-ratings">
        <legend>Due-diligence ratings (0–5)</legend>
        {SCORECARD_CRITERIA.map((k) => (
          <Field key={k} id={`cro-rate-${k}`} label={CRITERION_LABELS[k]} error={errors[`scorecard.${k}`]}>
            {input(`cro-rate-${k}`, `scorecard.${k}`, draft.scorecard[k], (v) =>
              set({ scorecard: { ...draft.scorecard, [k]: v } }),
            )}
          </Field>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="cro-notes">Notes</label>
        <textarea
          id="cro-notes"
          rows={2}
          value={draft.notes}
          onChange={(e) => set({ notes: e.target.value })}
        />
      </div>
      <div className="toolbar">
        <button type="submit" className="primary">
          Save CRO
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {Object.keys(errors).length > 0 && (
          <span className="field__error">Fix the marked fields to save.</span>
        )}
      </div>
    </form>
  );
}
