import { useId, useState } from 'react';

interface Props {
  label: string;
  value: string;
  /** Stores the text; returns the reason it was refused (nothing stored) or null. */
  onCommit: (raw: string) => string | null;
  inputMode?: 'decimal' | 'numeric' | 'text';
  help?: string;
}

/**
 * A labelled input that saves when the user leaves it or presses Enter. A refused value stays
 * in the input with its reason and is never stored; Escape restores the stored value.
 */
export function CommitField({ label, value, onCommit, inputMode = 'text', help }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [synced, setSynced] = useState(value);
  if (synced !== value) {
    setSynced(value);
    setDraft(null);
    setError(null);
  }
  const commit = () => {
    if (draft === null || draft === value) return;
    const reason = onCommit(draft);
    setError(reason);
    if (!reason) setDraft(null);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode={inputMode}
        value={draft ?? value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : help ? `${id}-help` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error && (
        <span id={`${id}-err`} role="alert" className="field__error">
          {error}
        </span>
      )}
      {help && !error && (
        <span id={`${id}-help`} className="muted small">
          {help}
        </span>
      )}
    </div>
  );
}
