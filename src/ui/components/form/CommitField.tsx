import { useId } from 'react';
import { describedBy, FieldFrame } from './FieldFrame';
import { useCommitDraft } from './use-commit-draft';

export interface CommitFieldProps {
  label: string;
  /** The stored value, as text. */
  value: string;
  /** Stores the text; returns the reason it was refused (nothing stored) or null. */
  onCommit: (raw: string) => string | null;
  /** Label read by screen readers only (table cells); default: a visible label above the input. */
  hideLabel?: boolean;
  help?: string;
  type?: 'text' | 'date';
  inputMode?: 'decimal' | 'numeric' | 'text';
  placeholder?: string;
  size?: number;
  id?: string;
  name?: string;
  className?: string;
  autoFocus?: boolean;
  /** After a commit that stored (or found nothing changed). */
  onDone?: () => void;
  /** After Escape. */
  onCancel?: () => void;
}

/**
 * The one commit-on-blur text input. Leaving the field or Enter stores; a refused value stays in
 * the input with its reason and is never stored; Escape restores the stored value.
 */
export function CommitField(props: CommitFieldProps) {
  const generated = useId();
  const id = props.id ?? generated;
  const field = useCommitDraft(props.value, props.onCommit);
  const commit = () => {
    if (field.commit()) props.onDone?.();
  };
  return (
    <FieldFrame
      id={id}
      label={props.label}
      hideLabel={props.hideLabel}
      help={props.help}
      error={field.error}
      className={props.className}
    >
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        aria-label={props.hideLabel ? props.label : undefined}
        inputMode={props.inputMode}
        placeholder={props.placeholder}
        size={props.size}
        autoFocus={props.autoFocus}
        value={field.text}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(id, field.error, props.help)}
        onChange={(e) => field.change(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            field.revert();
            props.onCancel?.();
          }
        }}
      />
    </FieldFrame>
  );
}
