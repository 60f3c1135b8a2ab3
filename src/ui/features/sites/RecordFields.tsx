import { CommitField, NumberField, SelectField, type SelectOption } from '../../components/form';

/** One editable property of a site or an investigator, drawn with the shared control of its kind. */
export type RecordField<T> =
  | { kind: 'text'; key: keyof T & string; label: string }
  /** A list of short notes, typed separated with ";". */
  | { kind: 'flags'; key: keyof T & string; label: string }
  | { kind: 'select'; key: keyof T & string; label: string; id: string; options: readonly SelectOption[] }
  /** `emptyIsZero`: a count, stored as 0 when emptied (else emptied means unknown). */
  | { kind: 'number'; key: keyof T & string; label: string; help?: string; emptyIsZero?: boolean };

const FLAGS_HELP = 'Separate with ;';
const splitFlags = (raw: string) =>
  raw
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** One field; `set` stores its value and returns the reason it was refused, or null. */
function RecordFieldInput<T>({
  field: f,
  value,
  set,
}: {
  field: RecordField<T>;
  value: unknown;
  set: (value: unknown) => string | null;
}) {
  if (f.kind === 'select')
    return <SelectField id={f.id} label={f.label} value={String(value)} options={f.options} onCommit={set} />;
  if (f.kind === 'number') {
    const stored = value as number | undefined;
    const onCommit = (v: number | undefined) => set(v ?? (f.emptyIsZero ? 0 : undefined));
    return <NumberField label={f.label} help={f.help} optional value={stored} onCommit={onCommit} />;
  }
  const flags = f.kind === 'flags';
  const text = flags ? (value as readonly string[]).join('; ') : String(value ?? '');
  const onCommit = (raw: string) => set(flags ? splitFlags(raw) : raw);
  return (
    <CommitField label={f.label} help={flags ? FLAGS_HELP : undefined} value={text} onCommit={onCommit} />
  );
}

/**
 * The fields of one record, in order. Each commit stores a one-property patch through `update`,
 * which returns the reason a value was refused (shown by the field) or null.
 */
export function RecordFields<T extends object>({
  fields,
  record,
  update,
}: {
  fields: readonly RecordField<T>[];
  record: T;
  update: (patch: Partial<T>) => string | null;
}) {
  return fields.map((f) => (
    <RecordFieldInput
      key={f.key}
      field={f}
      value={record[f.key]}
      set={(value) => update({ [f.key]: value } as Partial<T>)}
    />
  ));
}
