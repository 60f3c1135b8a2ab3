import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { formatDateAfterMonths, formatInteger, formatMonthYear, formatNumber } from '../../../domain/format';
import { dateAfterMonths } from '../../../domain/format/dates';
import type { SitePlan } from '../../../engine/evaluation/site-plan';
import './site-gantt.css';

const ROW = 26;
const VIEW = 360;

/**
 * Per-site start-up Gantt in calendar dates: each site's planned activation P10–P90 (band) and P50
 * (tick), and where the workspace has actuals, the actual activation (◆), the as-of date and
 * enrolled to date against the plan's pace. Virtualised (only the rows in view are in the DOM): a
 * 10,000-site scenario is 260,000 px of rows. Hand-drawn rather than recharts, which draws every
 * row it is given and cannot be virtualised; the country Gantt above is the recharts one.
 */
export function SiteGantt({ plan, start }: { plan: SitePlan; start: string }) {
  const [order, setOrder] = useState<'plan' | 'activation'>('plan');
  const rows = useMemo(() => {
    const idx = Array.from(plan.ids, (_, i) => i);
    return order === 'activation'
      ? idx.sort((a, b) => (plan.activationP50[a] ?? 0) - (plan.activationP50[b] ?? 0))
      : idx;
  }, [plan, order]);
  const span = useMemo(() => {
    let max = plan.actuals?.asOfMonths ?? 0;
    for (const v of plan.activationP90) if (Number.isFinite(v) && v > max) max = v;
    return Math.max(1, Math.ceil(max + 1));
  }, [plan]);
  const ticks = useMemo(() => {
    const step = Math.max(1, Math.ceil(span / 8 / 3) * 3);
    return Array.from({ length: Math.floor(span / step) + 1 }, (_, k) => k * step);
  }, [span]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 6,
    initialRect: { width: 900, height: VIEW },
  });
  const pct = (m: number) => `${(Math.max(0, Math.min(span, m)) / span) * 100}%`;
  const date = (m: number) => formatDateAfterMonths(start, m);
  const a = plan.actuals;
  return (
    <figure className="site-gantt" data-testid="site-gantt" aria-label="Start-up by site">
      <figcaption>
        Start-up by site ({formatInteger(plan.ids.length)} sites): planned activation P10–P90 with P50
        {a ? `; actual activation ◆ and enrolled to ${a.asOf} against the plan` : ''}
        <label className="site-gantt__order">
          Order{' '}
          <select value={order} onChange={(e) => setOrder(e.target.value as 'plan' | 'activation')}>
            <option value="plan">as in the scenario</option>
            <option value="activation">by planned activation</option>
          </select>
        </label>
      </figcaption>
      <div className="site-gantt__axis" aria-hidden="true">
        <span className="site-gantt__name" />
        <span className="site-gantt__track">
          {ticks.map((m) => (
            <span
              key={m}
              className="site-gantt__tick"
              // The last ticks align right so they are not cut off at the track's end.
              style={{ left: pct(m), transform: m / span > 0.9 ? 'translateX(-100%)' : undefined }}
            >
              {formatMonthYear(dateAfterMonths(start, m))}
            </span>
          ))}
        </span>
        {a && <span className="site-gantt__count">enrolled / plan</span>}
      </div>
      <div className="site-gantt__scroll" ref={scrollRef} style={{ height: VIEW }} tabIndex={0}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const i = rows[v.index]!;
            const p10 = plan.activationP10[i]!;
            const p50 = plan.activationP50[i]!;
            const p90 = plan.activationP90[i]!;
            const at = a?.activatedAt[i] ?? Number.NaN;
            const title = `${plan.names[i]}: planned activation ${date(p50)} (P10 ${date(p10)} – P90 ${date(p90)})${
              a
                ? Number.isFinite(at)
                  ? `; activated ${date(at)}; enrolled ${formatInteger(a.enrolled[i])} vs ${formatNumber(a.plannedEnrolled[i], 1)} planned by ${a.asOf}`
                  : `; not activated by ${a.asOf}`
                : ''
            }`;
            return (
              <div
                key={v.key}
                className="site-gantt__row"
                data-testid="site-gantt-row"
                data-site={plan.ids[i]}
                style={{ transform: `translateY(${v.start}px)`, height: ROW }}
                title={title}
              >
                <span className="site-gantt__name">
                  {plan.names[i]} <span className="muted">{plan.countries[i]}</span>
                </span>
                <span className="site-gantt__track">
                  {Number.isFinite(p10) && Number.isFinite(p90) && (
                    <span
                      className="site-gantt__band"
                      style={{ left: pct(p10), width: `calc(${pct(p90)} - ${pct(p10)})` }}
                    />
                  )}
                  {Number.isFinite(p50) && <span className="site-gantt__p50" style={{ left: pct(p50) }} />}
                  {a && <span className="site-gantt__asof" style={{ left: pct(a.asOfMonths) }} />}
                  {Number.isFinite(at) && (
                    <span className="site-gantt__actual" data-testid="site-actual" style={{ left: pct(at) }}>
                      ◆
                    </span>
                  )}
                </span>
                {a && (
                  <span className="site-gantt__count num" data-testid="site-enrolled">
                    {formatInteger(a.enrolled[i])} / {formatNumber(a.plannedEnrolled[i], 1)}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </figure>
  );
}
