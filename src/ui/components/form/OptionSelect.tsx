import type { SelectOption } from './SelectField';

/** The `<option>`s of a select, one per choice (shared by SelectField and OptionSelect). */
export function OptionList({ options }: { options: readonly SelectOption[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value} disabled={o.disabled}>
      {o.label}
    </option>
  ));
}

/**
 * A bare select for a choice that is not a stored value (a filter, "group by", which scenario to
 * act on): no field frame, the new value goes straight to `onChange`. A stored value uses
 * SelectField, which shows why a choice was refused.
 */
export function OptionSelect({
  options,
  value,
  onChange,
  id,
  label,
}: {
  options: readonly SelectOption[];
  value: string;
  onChange: (value: string) => void;
  id?: string;
  /** Accessible name when no `<label htmlFor>` names the select. */
  label?: string;
}) {
  return (
    <select id={id} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <OptionList options={options} />
    </select>
  );
}
