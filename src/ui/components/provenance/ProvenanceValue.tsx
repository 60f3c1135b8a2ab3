import { useId, useState } from 'react';
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

/**
 * A number with where it came from: reference source, as-of date and confidence, or the user's
 * override (shown in purple with the reference value it replaced). The details show on hover and
 * on keyboard focus.
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
  const tipId = useId();
  const isOverride = origin.kind === 'override';
  const lowConfidence = origin.kind !== 'override' && origin.provenance.confidence === 'low';
  return (
    <span
      className={`provenance${isOverride ? ' override' : ''}${lowConfidence ? ' provenance--low' : ''}`}
      tabIndex={0}
      aria-describedby={tipId}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      data-origin={origin.kind}
    >
      {isOverride && <span aria-label="overridden">✎ </span>}
      {formatTriple(value, digits)}
      <span role="tooltip" id={tipId} className={`provenance__tip${open ? ' provenance__tip--open' : ''}`}>
        <ProvenanceText origin={origin} digits={digits} />
      </span>
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
