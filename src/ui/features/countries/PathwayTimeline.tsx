import { useMemo } from 'react';
import type { Pathway } from '../../../domain/reference/index';
import { computeClock } from '../../../engine/regulatory/index';
import { daysBetween } from '../../../domain/dates';

/** The pathway's clock steps as bars from the planned submission: statutory, and with maximum RFI. */
export function PathwayTimeline({ pathway, submission }: { pathway: Pathway; submission: string }) {
  const clock = useMemo(() => computeClock(pathway, submission), [pathway, submission]);
  const span = Math.max(1, daysBetween(submission, clock.decisionWithRfi));
  const position = (date: string) => `${(100 * daysBetween(submission, date)) / span}%`;
  return (
    <div className="timeline" aria-label={`${pathway.name} timeline`}>
      <p className="small muted">
        Submitted {submission} → decision {clock.decision} (statutory), {clock.decisionWithRfi} with the
        maximum RFI / clock-stops.
      </p>
      <ol className="timeline__steps">
        {clock.steps.map((s) => (
          <li key={s.id}>
            <span className="timeline__label">
              {s.label}{' '}
              <span className="muted small">
                {s.days} {s.dayType === 'working' ? 'working' : 'calendar'} d
              </span>
            </span>
            <span className="timeline__track">
              <span
                className="timeline__bar timeline__bar--rfi"
                style={{
                  left: position(s.startWithRfi),
                  width: `calc(${position(s.endWithRfi)} - ${position(s.startWithRfi)})`,
                }}
              />
              <span
                className="timeline__bar"
                style={{ left: position(s.start), width: `calc(${position(s.end)} - ${position(s.start)})` }}
              />
            </span>
            <span className="small">
              {s.start} → {s.end}
            </span>
          </li>
        ))}
      </ol>
      <p className="small muted">
        Tacit approval: {pathway.tacitApproval.applies ? 'yes' : 'no'} — {pathway.tacitApproval.note}
      </p>
    </div>
  );
}
