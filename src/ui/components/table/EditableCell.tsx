import { useState } from 'react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import type { CellEditor } from './types';

interface Props<T> {
  row: T;
  editor: CellEditor<T>;
  /** Current value shown when not editing. */
  display: ReactNode;
  initial: string;
  /** Accessible name, e.g. "Competing trials for Site A". */
  label: string;
}

/**
 * A cell that turns into an input on click, Enter or F2. Enter (or leaving the field) validates:
 * a refused value stays in the input with its reason and nothing is stored; Escape cancels.
 */
export function EditableCell<T>({ row, editor, display, initial, label }: Props<T>) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = () => {
    setDraft(initial);
    setError(null);
  };
  const cancel = () => {
    setDraft(null);
    setError(null);
  };
  const commit = (raw: string) => {
    if (raw === initial) {
      cancel(); // unchanged: no edit, no undo step
      return true;
    }
    const reason = editor.validate(row, raw);
    if (reason) {
      setError(reason);
      return false;
    }
    editor.commit(row, raw);
    setDraft(null);
    setError(null);
    return true;
  };

  if (draft === null) {
    return (
      <button
        type="button"
        className="dt-edit-trigger"
        aria-label={`Edit ${label}`}
        onClick={(e) => {
          e.stopPropagation();
          start();
        }}
        onKeyDown={(e) => {
          if (e.key === 'F2') start();
        }}
      >
        {display}
      </button>
    );
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(draft);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
    }
  };
  const errorId = `dt-err-${label.replace(/\W+/g, '-')}`;
  const common = {
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    autoFocus: true,
    onKeyDown,
    onClick: (e: MouseEvent) => e.stopPropagation(),
    className: 'dt-edit-input',
  } as const;

  return (
    <span className="dt-edit">
      {editor.kind === 'select' ? (
        <select
          {...common}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            commit(e.target.value);
          }}
          onBlur={cancel}
        >
          {(editor.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          inputMode={editor.kind === 'number' ? 'decimal' : undefined}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            if (error) setError(null);
          }}
          onBlur={() => {
            // A refused value stays visible with its reason (nothing stored) until fixed or Escape.
            commit(draft);
          }}
        />
      )}
      {error && (
        <span id={errorId} role="alert" className="dt-edit-error">
          {error}
        </span>
      )}
    </span>
  );
}
