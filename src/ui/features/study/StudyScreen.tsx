import { useMemo, useState } from 'react';
import { studySchema, type Study } from '../../../domain/workspace/index';
import { useAppStore } from '../../../state/store';
import { therapeuticAreaOptions } from './areas';
import { EndpointForm } from './EndpointForm';
import { fromInputText, studyFields, toInputText, type StudyField } from './study-fields';

type Draft = Record<keyof Study, string>;

function draftFrom(study: Study, fields: StudyField[]): Draft {
  return Object.fromEntries(fields.map((f) => [f.key, toInputText(f, study[f.key])])) as Draft;
}

/**
 * The Study form. Users type into a draft; each field is validated as they go and committed to
 * the workspace (one undo step) when they leave it, only if the whole study is valid. An invalid
 * value stays in the field with its reason and is never stored.
 */
export function StudyScreen() {
  const study = useAppStore((s) => s.workspace.study);
  const editWorkspace = useAppStore((s) => s.editWorkspace);
  const fields = useMemo(() => studyFields(therapeuticAreaOptions()), []);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(study, fields));
  const [syncedStudy, setSyncedStudy] = useState(study);
  if (syncedStudy !== study) {
    // The study changed outside the form (undo, open file): show it.
    setSyncedStudy(study);
    setDraft(draftFrom(study, fields));
  }

  // The form's fields over the stored study, so what the form does not show (the endpoint) is kept.
  const candidate = {
    ...study,
    ...Object.fromEntries(fields.map((f) => [f.key, fromInputText(f, draft[f.key])])),
  };
  const result = studySchema.safeParse(candidate);
  const errors: Partial<Record<keyof Study, string>> = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      // An endpoint rule broken by a study field (fewer patients than required events) shows on the target.
      const key = (issue.path[0] === 'endpoint' ? 'targetRandomised' : issue.path[0]) as keyof Study;
      errors[key] ??= issue.message;
    }
  }

  const commit = () => {
    if (!result.success) return;
    const next = result.data;
    const changed = fields.some((f) => next[f.key] !== study[f.key]);
    if (changed) editWorkspace((ws) => void (ws.study = next));
  };

  return (
    <section className="screen">
      <h1>Study</h1>
      <p className="muted">
        The trial being planned. Changes are saved when you leave a field; invalid values are never stored.
      </p>
      <form className="form-grid" noValidate onSubmit={(e) => (e.preventDefault(), commit())}>
        {fields.map((field) => {
          const id = `study-${field.key}`;
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
                  inputMode={field.kind === 'integer' || field.kind === 'percent' ? 'decimal' : undefined}
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
      <EndpointForm />
    </section>
  );
}
