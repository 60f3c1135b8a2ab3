import { useMemo } from 'react';
import { useAppStore } from '../../../state/store';
import { therapeuticAreaOptions } from './areas';
import { commitStudy } from './commit-study';
import { EndpointForm } from './EndpointForm';
import { StudyFieldInput } from './StudyFieldInput';
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
          <StudyFieldInput
            key={field.key}
            idPrefix="study"
            field={field}
            value={study[field.key]}
            text={String(study[field.key] ?? '')}
            fromText={(raw) => fromInputText(field, raw)}
            commit={(value) => commit(field, value)}
          />
        ))}
      </form>
      <EndpointForm />
    </section>
  );
}
