import { useStore } from 'zustand';
import { useAppStore } from '../../state/store';

export function UndoButtons() {
  const { undo, redo, pastStates, futureStates } = useStore(useAppStore.temporal);
  const buttons = [
    { label: 'Undo', run: undo, steps: pastStates.length, keys: 'Ctrl/Cmd+Z' },
    { label: 'Redo', run: redo, steps: futureStates.length, keys: 'Shift+Ctrl/Cmd+Z' },
  ];
  return (
    <div className="button-group" aria-label="Undo and redo">
      {buttons.map((b) => (
        <button
          key={b.label}
          type="button"
          onClick={() => b.run()}
          disabled={b.steps === 0}
          title={`${b.label} (${b.keys})`}
        >
          {b.label}
        </button>
      ))}
    </div>
  );
}
