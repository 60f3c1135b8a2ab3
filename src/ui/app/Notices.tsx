import { useAppStore } from '../../state/store';

/** Messages about whole-app events (file opened, import refused, storage problems). */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <div className="notice__body">
            <strong>{n.title}</strong>
            {n.details && n.details.length > 0 && (
              <ul>
                {n.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
            {n.action && (
              <button type="button" onClick={n.action.run}>
                {n.action.label}
              </button>
            )}
          </div>
          <button type="button" className="link-button" onClick={() => dismiss(n.id)} aria-label="Dismiss message">
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
