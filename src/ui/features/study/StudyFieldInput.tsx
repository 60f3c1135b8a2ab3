import { CommitField, NumberField, SelectField } from '../../components/form';

/** What the Study and endpoint forms know of a field to draw it. */
export interface FieldSpec {
  key: string;
  label: string;
  kind: 'text' | 'number' | 'integer' | 'percent' | 'date' | 'select' | 'pieces';
  help?: string;
  options?: readonly { value: string; label: string }[];
}

/**
 * One field of the Study or endpoint form, drawn with the shared control for its kind: numbers
 * (percentages shown 0–100), dates, choices and text. `commit` validates against the whole
 * study and returns the reason a value was refused.
 */
export function StudyFieldInput({
  idPrefix,
  field,
  value,
  text,
  fromText,
  commit,
}: {
  idPrefix: string;
  field: FieldSpec;
  /** The stored value. */
  value: unknown;
  /** The stored value as text, for text, date, select and pieces fields. */
  text: string;
  /** Typed text → the value to store, for text-like fields. */
  fromText: (raw: string) => unknown;
  commit: (value: unknown) => string | null;
}) {
  const common = { id: `${idPrefix}-${field.key}`, name: field.key, label: field.label, help: field.help };
  if (field.kind === 'select')
    return <SelectField {...common} value={text} options={field.options ?? []} onCommit={commit} />;
  if (field.kind === 'number' || field.kind === 'integer' || field.kind === 'percent') {
    const percent = field.kind === 'percent';
    return (
      <NumberField
        {...common}
        value={typeof value === 'number' ? value : undefined}
        scale={percent ? 100 : 1}
        digits={percent ? 1 : field.kind === 'integer' ? 0 : 4}
        onCommit={commit}
      />
    );
  }
  return (
    <CommitField
      {...common}
      type={field.kind === 'date' ? 'date' : 'text'}
      value={text}
      onCommit={(raw) => commit(fromText(raw))}
    />
  );
}
