import { useMemo } from 'react';
import type { Study } from '../../../domain/workspace/index';
import { useAppStore } from '../../../state/store';
import { CommitField, NumberField, SelectField } from '../../components/form';
import { therapeuticAreaOptions } from './areas';
import { commitStudy } from './commit-study';
import { EndpointForm } from './EndpointForm';
import { fromInputText, studyFields, type StudyField } from './study-fields';

/**
 * The Study form. Each field is the shared commit-on-blur control: leaving it (or Enter) stores
 * the value as one undo step if the whole study stays valid; a refused value stays in the field
 * with its reason and is never stored; Escape restores the stored value.
 */
export function StudyScreen() {
  const study = useAppStore((s) => s.workspace.study);
  const fields = useMemo(() => studyFields(therapeuticAreaOptions()), []);
  const commit = (field: StudyField, value: unknown) =>
    commitStudy({ ...study, [field.key]: value }, (path) => path[0] === field.key);

  return (
    <section className="screen">
      <h1>Study</h1>
      <p className="muted">
        The trial being planned. Changes are saved when you leave a field; invalid values are never stored.
      </p>
      <form className="form-grid" noValidate onSubmit={(e) => e.preventDefault()}>
        {fields.map((field) => (
          <StudyInput key={field.key} field={field} study={study} commit={commit} />
        ))}
      </form>
      <EndpointForm />
    </section>
  );
}

function StudyInput({
  field,
  study,
  commit,
}: {
  field: StudyField;
  study: Study;
  commit: (field: StudyField, value: unknown) => string | null;
}) {
  const common = { id: `study-${field.key}`, name: field.key, label: field.label, help: field.help };
  const value = study[field.key];
  if (field.kind === 'select')
    return (
      <SelectField
        {...common}
        value={String(value)}
        options={field.options ?? []}
        onCommit={(v) => commit(field, v)}
      />
    );
  if (field.kind === 'integer' || field.kind === 'percent') {
    const percent = field.kind === 'percent';
    return (
      <NumberField
        {...common}
        value={typeof value === 'number' ? value : undefined}
        scale={percent ? 100 : 1}
        digits={percent ? 1 : 0}
        onCommit={(v) => commit(field, v)}
      />
    );
  }
  return (
    <CommitField
      {...common}
      type={field.kind === 'date' ? 'date' : 'text'}
      value={String(value ?? '')}
      onCommit={(raw) => commit(field, fromInputText(field, raw))}
    />
  );
}
