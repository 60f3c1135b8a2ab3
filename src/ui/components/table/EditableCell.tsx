import { useState } from 'react';
import type { ReactNode } from 'react';
import { CommitField, SelectField } from '../form';
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
 * A cell that turns into the shared form control on click, Enter or F2, so it behaves as every
 * other input: Enter or leaving the field validates — a refused value stays with its reason and
 * nothing is stored; Escape cancels. Keys and clicks stay in the cell (the row has its own).
 */
export function EditableCell<T>({ row, editor, display, initial, label }: Props<T>) {
  const [editing, setEditing] = useState(false);
  const onCommit = (raw: string) => {
    const reason = editor.validate(row, raw);
    if (!reason) editor.commit(row, raw);
    return reason;
  };
  const done = () => setEditing(false);

  if (!editing) {
    return (
      <button
        type="button"
        className="dt-edit-trigger"
        aria-label={`Edit ${label}`}
        onClick={(e) => {
          e.stopPropagation();
          setEditing(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'F2') setEditing(true);
        }}
      >
        {display}
      </button>
    );
  }

  return (
    <span
      className="dt-edit"
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') done();
      }}
    >
      {editor.kind === 'select' ? (
        <SelectField
          hideLabel
          autoFocus
          label={label}
          value={initial}
          options={editor.options ?? []}
          onCommit={(value) => {
            const reason = onCommit(value);
            if (!reason) done();
            return reason;
          }}
          onBlur={done}
        />
      ) : (
        <CommitField
          hideLabel
          autoFocus
          label={label}
          value={initial}
          inputMode={editor.kind === 'number' ? 'decimal' : undefined}
          onCommit={onCommit}
          onDone={done}
          onCancel={done}
        />
      )}
    </span>
  );
}
