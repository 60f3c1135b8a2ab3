import { useStore } from 'zustand';
import { useAppStore } from '../../state/store';

export function UndoButtons() {
  const { undo, redo, pastStates, futureStates } = useStore(useAppStore.temporal);
  return (
    <div className="button-group" aria-label="Undo and redo">
      <button
        type="button"
        onClick={() => undo()}
        disabled={pastStates.length === 0}
        title="Undo (Ctrl/Cmd+Z)"
      >
        Undo
      </button>
      <button
        type="button"
        onClick={() => redo()}
        disabled={futureStates.length === 0}
        title="Redo (Shift+Ctrl/Cmd+Z)"
      >
        Redo
      </button>
    </div>
  );
}
