import { useId, useState } from 'react';
import { describedBy, FieldFrame } from './FieldFrame';
import { OptionList } from './OptionSelect';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/**
 * The options of a select from labels keyed by value, in the record's order: typing the record as
 * `Record<Union, string>` makes a missing or misspelt choice a compile error.
 */
export function optionsFrom<V extends string>(labels: Readonly<Record<V, string>>): SelectOption[] {
  return (Object.entries(labels) as [V, string][]).map(([value, label]) => ({ value, label }));
}

/**
 * The one select: a choice is stored as soon as it is made (there is nothing to type, so nothing
 * to revert); a refused choice shows its reason and the select keeps the stored value.
 */
export function SelectField({
  label,
  value,
  options,
  onCommit,
  hideLabel,
  help,
  id: givenId,
  name,
  className,
  autoFocus,
  onBlur,
}: {
  label: string;
  value: string;
  options: readonly SelectOption[];
  /** Stores the choice; returns the reason it was refused, or null. */
  onCommit: (value: string) => string | null;
  hideLabel?: boolean;
  help?: string;
  id?: string;
  name?: string;
  className?: string;
  autoFocus?: boolean;
  onBlur?: () => void;
}) {
  const generated = useId();
  const id = givenId ?? generated;
  const [error, setError] = useState<string | null>(null);
  return (
    <FieldFrame id={id} label={label} hideLabel={hideLabel} help={help} error={error} className={className}>
      <select
        id={id}
        name={name}
        aria-label={hideLabel ? label : undefined}
        autoFocus={autoFocus}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, help)}
        onChange={(e) => setError(e.target.value === value ? null : onCommit(e.target.value))}
        onBlur={onBlur}
      >
        <OptionList options={options} />
      </select>
    </FieldFrame>
  );
}
