import { useState } from 'react';

/**
 * A small numeric input that commits on blur/Enter through `commit`, which returns the reason a
 * value is refused (shown inline, nothing stored) or null. Empty text commits `undefined`.
 */
export function NumberCell({
  label,
  value,
  commit,
  scale = 1,
  placeholder,
}: {
  label: string;
  value: number | undefined;
  commit: (value: number | undefined) => string | null;
  scale?: number;
  placeholder?: string;
}) {
  const shown = value === undefined ? '' : String(Math.round(value * scale * 100) / 100);
  const [text, setText] = useState(shown);
  const [synced, setSynced] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  if (synced !== shown) {
    setSynced(shown);
    setText(shown);
  }
  const submit = () => {
    const trimmed = text.trim();
    if (trimmed === shown) return setError(null);
    const n = trimmed === '' ? undefined : Number(trimmed.replace(',', '.'));
    const problem =
      n !== undefined && Number.isNaN(n) ? 'Enter a number' : commit(n === undefined ? undefined : n / scale);
    setError(problem);
  };
  return (
    <span className="number-cell">
      <input
        aria-label={label}
        value={text}
        placeholder={placeholder}
        inputMode="decimal"
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={submit}
        onKeyDown={(e) => e.key === 'Enter' && submit()}
      />
      {error && (
        <small className="field__error" role="alert">
          {error}
        </small>
      )}
    </span>
  );
}
