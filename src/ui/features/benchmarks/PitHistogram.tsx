/** PIT histogram of the back-test: 10 bars, the uniform share (10%) as a dashed line. */
export function PitHistogram({ pit, label }: { pit: readonly number[]; label: string }) {
  const w = 360;
  const h = 160;
  const pad = { l: 36, b: 24, t: 8, r: 8 };
  const max = Math.max(0.25, ...pit);
  const bw = (w - pad.l - pad.r) / pit.length;
  const y = (v: number) => pad.t + (h - pad.t - pad.b) * (1 - v / max);
  return (
    <figure className="pit-histogram">
      <svg
        viewBox={`0 0 ${w} ${h}`}
        width={w}
        height={h}
        role="img"
        aria-label={`${label}: ${pit.map((p) => `${Math.round(p * 100)}%`).join(', ')}`}
      >
        {[0, 0.1, 0.2].map((v) => (
          <g key={v}>
            <line x1={pad.l} x2={w - pad.r} y1={y(v)} y2={y(v)} stroke="#ddd" />
            <text x={pad.l - 4} y={y(v) + 4} fontSize="10" textAnchor="end">
              {Math.round(v * 100)}%
            </text>
          </g>
        ))}
        {pit.map((p, i) => (
          <rect
            key={i}
            x={pad.l + i * bw + 2}
            y={y(p)}
            width={bw - 4}
            height={y(0) - y(p)}
            fill={p > 0.2 ? '#b3261e' : '#3b6ea5'}
          >
            <title>{`PIT ${i / 10}–${(i + 1) / 10}: ${(p * 100).toFixed(1)}%`}</title>
          </rect>
        ))}
        <line x1={pad.l} x2={w - pad.r} y1={y(0.1)} y2={y(0.1)} stroke="#333" strokeDasharray="4 3" />
        <text x={pad.l} y={h - 6} fontSize="10">
          0 (faster than forecast)
        </text>
        <text x={w - pad.r} y={h - 6} fontSize="10" textAnchor="end">
          1 (slower)
        </text>
      </svg>
      <figcaption className="muted small">
        {label}. Dashed line: a perfectly calibrated forecast (10% per bar).
      </figcaption>
    </figure>
  );
}
