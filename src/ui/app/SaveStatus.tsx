import { useAppStore } from '../../state/store';

export function SaveStatusBadge() {
  const status = useAppStore((s) => s.saveStatus);
  const hydrated = useAppStore((s) => s.hydrated);
  let text = 'All changes saved in this browser';
  let tone = 'ok';
  if (!hydrated) [text, tone] = ['Loading…', 'busy'];
  else if (status.kind === 'saving') [text, tone] = ['Saving…', 'busy'];
  else if (status.kind === 'saved') text = `Saved ${new Date(status.at).toLocaleTimeString()}`;
  else if (status.kind === 'error') [text, tone] = [`Not saved: ${status.message}`, 'error'];
  return (
    <span
      className={`save-status save-status--${tone}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
    >
      {text}
    </span>
  );
}
