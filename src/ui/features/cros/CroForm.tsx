import { useState } from 'react';
import type { ReactNode } from 'react';
import { REGIONS } from '../../../domain/reference/index';
import { CRO_MODELS, FX_POLICIES, SCORECARD_CRITERIA } from '../../../domain/workspace/index';
import { CRITERION_LABELS } from '../../../engine/cro/index';
import { checkCro } from '../../../state/actions/cros';
import type { FieldErrors } from '../../../state/actions/cros';
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
      aria-invalid={errors[path] ? true : undefined}
      aria-describedby={errors[path] ? `${id}-err` : undefined}
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
        <Field id="cro-id" label="Id" error={errors.id}>
          {input('cro-id', 'id', draft.id, (v) => set({ id: v }), 'text')}
        </Field>
        <Field id="cro-name" label="Name" error={errors.name}>
          {input('cro-name', 'name', draft.name, (v) => set({ name: v }), 'text')}
        </Field>
        <Field id="cro-model" label="Model" error={errors.model}>
          <select
            id="cro-model"
            value={draft.model}
            onChange={(e) => set({ model: e.target.value as CroDraft['model'] })}
          >
            {CRO_MODELS.map((m) => (
              <option key={m} value={m}>
                {m === 'fsp' ? 'Functional (FSP)' : 'Full-service'}
              </option>
            ))}
          </select>
        </Field>
        <Field id="cro-mgmt" label="Management fee (%)" error={errors['fees.managementFeePct']}>
          {input('cro-mgmt', 'fees.managementFeePct', draft.managementFeePct, (v) =>
            set({ managementFeePct: v }),
          )}
        </Field>
        <Field
          id="cro-mon"
          label="Monitoring (USD per site-month)"
          error={errors['fees.monitoringPerSiteMonthUsd']}
        >
          {input('cro-mon', 'fees.monitoringPerSiteMonthUsd', draft.monitoringPerSiteMonthUsd, (v) =>
            set({ monitoringPerSiteMonthUsd: v }),
          )}
        </Field>
        <Field id="cro-pt" label="Pass-through mark-up (%)" error={errors['fees.passThroughMarkupPct']}>
          {input('cro-pt', 'fees.passThroughMarkupPct', draft.passThroughMarkupPct, (v) =>
            set({ passThroughMarkupPct: v }),
          )}
        </Field>
        <Field id="cro-fx" label="FX policy" error={errors['fees.fxPolicy']}>
          <select
            id="cro-fx"
            value={draft.fxPolicy}
            onChange={(e) => set({ fxPolicy: e.target.value as CroDraft['fxPolicy'] })}
          >
            {FX_POLICIES.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </Field>
        <Field
          id="cro-speed"
          label="Start-up speed factor (0.8 = 20% faster)"
          error={errors.startupSpeedFactor}
        >
          {input('cro-speed', 'startupSpeedFactor', draft.startupSpeedFactor, (v) =>
            set({ startupSpeedFactor: v }),
          )}
        </Field>
        <Field
          id="cro-countries"
          label="Extra countries (ISO codes)"
          error={Object.entries(errors).find(([k]) => k.startsWith('coverage.countries'))?.[1]}
        >
          {input(
            'cro-countries',
            'coverage.countries',
            draft.countries,
            (v) => set({ countries: v }),
            'text',
          )}
        </Field>
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
