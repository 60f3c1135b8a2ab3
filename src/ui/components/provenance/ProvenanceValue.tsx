import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Popover } from '../popover/Popover';
import type { ParameterOrigin, Triple } from '../../../engine/evaluation/country-parameters';

export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function formatTriple(value: Triple, digits = 0): string {
  const mode = formatNumber(value.mode, digits);
  return value.min === value.max
    ? mode
    : `${mode} (${formatNumber(value.min, digits)}–${formatNumber(value.max, digits)})`;
}

/** How long the source stays up after the pointer leaves the value, so it can move onto the tooltip. */
const HIDE_DELAY_MS = 150;

/**
 * A number with where it came from: reference source, as-of date and confidence, or the user's
 * override (shown in purple with the reference value it replaced). The details show on hover and
 * on keyboard focus, in the shared popover layer (a portal at the end of <body>), so a table cell
 * or a scrolling panel never clips them; Escape hides them.
 */
export function ProvenanceValue({
  value,
  origin,
  digits = 0,
}: {
  value: Triple;
  origin: ParameterOrigin;
  digits?: number;
}) {
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLSpanElement>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const tipId = useId();
  const isOverride = origin.kind === 'override';
  const lowConfidence = origin.kind !== 'override' && origin.provenance.confidence === 'low';
  const show = useCallback(() => {
    clearTimeout(hideTimer.current);
    setOpen(true);
  }, []);
  const hideSoon = useCallback(() => {
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setOpen(false), HIDE_DELAY_MS);
  }, []);
  const hide = useCallback(() => {
    clearTimeout(hideTimer.current);
    setOpen(false);
  }, []);
  useEffect(() => () => clearTimeout(hideTimer.current), []);
  return (
    <span
      ref={anchor}
      className={`provenance${isOverride ? ' override' : ''}${lowConfidence ? ' provenance--low' : ''}`}
      tabIndex={0}
      aria-describedby={open ? tipId : undefined}
      onMouseEnter={show}
      onMouseLeave={hideSoon}
      onFocus={show}
      onBlur={hide}
      data-origin={origin.kind}
    >
      {isOverride && <span aria-label="overridden">✎ </span>}
      {formatTriple(value, digits)}
      {open && (
        <Popover
          anchor={anchor}
          role="tooltip"
          id={tipId}
          label="Source"
          onClose={hide}
          onPointerEnter={show}
          onPointerLeave={hideSoon}
        >
          <ProvenanceText origin={origin} digits={digits} />
        </Popover>
      )}
    </span>
  );
}

export function ProvenanceText({ origin, digits = 0 }: { origin: ParameterOrigin; digits?: number }) {
  if (origin.kind === 'override') {
    return (
      <>
        Your override{origin.note ? ` — ${origin.note}` : ''}. Reference value:{' '}
        {formatTriple(origin.reference, digits)}.
      </>
    );
  }
  const p = origin.provenance;
  return (
    <>
      {origin.kind === 'derived' && <>{origin.explanation} </>}
      Source: {p.source === 'none' ? 'no public source — an illustrative input to review' : p.source}. As of{' '}
      {p.asOf}. Confidence: {p.confidence}.{p.note ? ` ${p.note}` : ''}
    </>
  );
}
