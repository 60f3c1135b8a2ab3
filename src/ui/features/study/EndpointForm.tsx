import { useState } from 'react';
import { studySchema, type Study } from '../../../domain/workspace/index';
import { useAppStore } from '../../../state/store';
import {
  ENDPOINT_FIELDS,
  endpointDraft,
  endpointFromDraft,
  type EndpointDraft,
  type EndpointKey,
} from './endpoint-fields';

/**
 * The primary analysis and readout lags (issue 19). Same behaviour as the Study form: a draft
 * validated as the user types (against the whole study, so "required events ≤ patients" is checked),
 * committed as one undo step on leaving a field, never stored invalid.
 */
export function EndpointForm() {
  const study = useAppStore((s) => s.workspace.study);
  const editWorkspace = useAppStore((s) => s.editWorkspace);
  const [draft, setDraft] = useState<EndpointDraft>(() => endpointDraft(study.endpoint));
  const [synced, setSynced] = useState(study.endpoint);
  if (synced !== study.endpoint) {
    setSynced(study.endpoint);
    setDraft(endpointDraft(study.endpoint));
  }

  const result = studySchema.safeParse({ ...study, endpoint: endpointFromDraft(draft) });
  const errors: Partial<Record<EndpointKey, string>> = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.path[0] !== 'endpoint') continue;
      const key = (issue.path[1] ?? 'kind') as EndpointKey;
      errors[key] ??= issue.message;
    }
  }
  const kind = draft.kind === 'events' ? 'events' : 'enrollment';

  const commit = () => {
    if (!result.success) return;
    const next: Study['endpoint'] = result.data.endpoint;
    if (JSON.stringify(next) !== JSON.stringify(study.endpoint))
      editWorkspace((ws) => void (ws.study.endpoint = next));
  };

  return (
    <>
      <h2>Primary analysis and readout</h2>
      <p className="muted">
        When the trial reads out: a fixed follow-up after last patient in, or the required number of events.
        See docs/events.md.
      </p>
      <form
        className="form-grid"
        noValidate
        onSubmit={(e) => (e.preventDefault(), commit())}
        aria-label="Primary analysis and readout"
      >
        {ENDPOINT_FIELDS.filter((f) => !f.only || f.only === kind).map((field) => {
          const id = `endpoint-${field.key}`;
          const error = errors[field.key];
          const describedBy = [error ? `${id}-error` : '', field.help ? `${id}-help` : '']
            .filter(Boolean)
            .join(' ');
          const common = {
            id,
            name: field.key,
            value: draft[field.key],
            'aria-invalid': error ? true : undefined,
            'aria-describedby': describedBy || undefined,
            onBlur: commit,
          } as const;
          return (
            <div className={`field${error ? ' field--invalid' : ''}`} key={field.key}>
              <label htmlFor={id}>{field.label}</label>
              {field.kind === 'select' ? (
                <select {...common} onChange={(e) => setDraft({ ...draft, [field.key]: e.target.value })}>
                  {field.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...common}
                  type={field.kind === 'date' ? 'date' : 'text'}
                  inputMode={field.kind === 'date' || field.kind === 'pieces' ? undefined : 'decimal'}
                  onChange={(e) => setDraft({ ...draft, [field.key]: e.target.value })}
                  onKeyDown={(e) => e.key === 'Enter' && commit()}
                />
              )}
              {field.help && (
                <small id={`${id}-help`} className="muted">
                  {field.help}
                </small>
              )}
              {error && (
                <small id={`${id}-error`} className="field__error" role="alert">
                  {error}
                </small>
              )}
            </div>
          );
        })}
      </form>
    </>
  );
}
