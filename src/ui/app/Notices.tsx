import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';
import type { Notice } from '../../state/types';
import { useRoute } from './routes';

/** Confirmations and information go away on their own after this long; errors wait to be read. */
export const NOTICE_TIMEOUT_MS = 8000;

/**
 * Messages about whole-app events (file opened, import refused, storage problems). A message
 * belongs to the screen it was raised on: moving to another screen clears it, so a stale "Scenario
 * created" does not follow the user around; success and info messages also dismiss themselves.
 * Messages with an action (e.g. "Reload") stay until used or dismissed.
 */
/** A message younger than this survives a screen change (it belongs to the new screen). */
const FRESH_NOTICE_MS = 1500;

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const route = useRoute();
  const shownOn = useRef(route);
  // When each message was first shown: one raised by the navigation itself (opening a share link
  // rewrites the address) arrives just before the route changes and must stay.
  const firstSeen = useRef(new Map<string | number, number>());
  useEffect(() => {
    for (const n of notices) if (!firstSeen.current.has(n.id)) firstSeen.current.set(n.id, Date.now());
  }, [notices]);

  useEffect(() => {
    if (shownOn.current === route) return;
    shownOn.current = route;
    const now = Date.now();
    for (const n of useAppStore.getState().notices) {
      const age = now - (firstSeen.current.get(n.id) ?? now);
      if (!n.action && age > FRESH_NOTICE_MS) dismiss(n.id);
    }
  }, [route, dismiss]);

  useEffect(() => {
    const timers = notices
      .filter(autoDismisses)
      .map((n) => setTimeout(() => dismiss(n.id), NOTICE_TIMEOUT_MS));
    return () => timers.forEach(clearTimeout);
  }, [notices, dismiss]);

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
          <button
            type="button"
            className="link-button"
            onClick={() => dismiss(n.id)}
            aria-label="Dismiss message"
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}

const autoDismisses = (n: Notice) => n.tone !== 'error' && !n.action;
