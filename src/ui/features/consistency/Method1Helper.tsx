import { useId, useState } from 'react';
import { method1ConditionalMinFraction, method1MinFraction } from '../../../engine/consistency/index';
import { formatPercent, formatShare } from '../../../domain/format';

interface Inputs {
  pi: string;
  cp: string;
  power: string;
  alpha: string;
  conditional: boolean;
}

/** Reads the form; returns the minimum fraction or the reason it cannot be computed. */
function compute(inputs: Inputs): { fraction: number; basis: string } | { error: string } {
  const pi = Number(inputs.pi);
  const cp = Number(inputs.cp);
  const power = Number(inputs.power);
  const alpha = Number(inputs.alpha);
  if (!(pi > 0 && pi <= 1)) return { error: 'π must be in (0, 1]' };
  if (!(cp > 0 && cp < 1)) return { error: 'CP must be in (0, 1)' };
  if (!(power > 0 && power < 1)) return { error: 'Power must be in (0, 1)' };
  if (!(alpha > 0 && alpha < 0.5)) return { error: 'α must be in (0, 0.5)' };
  const design = { power, alpha };
  const f = inputs.conditional
    ? method1ConditionalMinFraction(pi, cp, design)
    : method1MinFraction(pi, cp, design);
  if (f === null) return { error: 'No regional share up to 100% reaches that probability' };
  const how = inputs.conditional ? ', conditional on overall significance' : '';
  return {
    fraction: f,
    basis: `MHLW Method 1 (π = ${pi}, CP = ${cp}, power ${formatPercent(power)}, one-sided α ${alpha}${how}): minimum ${formatShare(f, 2)}.`,
  };
}

/**
 * MHLW "Basic Principles on Global Clinical Trials" (2007) Method 1: the smallest regional share f
 * with P(D_region / D_all > π) ≥ CP (Quan et al. 2010; conditional form Homma 2024).
 */
export function Method1Helper({
  marketLabel,
  onUse,
  onClose,
}: {
  marketLabel: string;
  onUse: (minShare: number, basis: string) => void;
  onClose: () => void;
}) {
  const id = useId();
  const [inputs, setInputs] = useState<Inputs>({
    pi: '0.5',
    cp: '0.8',
    power: '0.9',
    alpha: '0.025',
    conditional: false,
  });
  const result = compute(inputs);
  const field = (key: 'pi' | 'cp' | 'power' | 'alpha', label: string) => (
    <label>
      {label}
      <input
        id={`${id}-${key}`}
        inputMode="decimal"
        value={inputs[key]}
        onChange={(e) => setInputs({ ...inputs, [key]: e.target.value })}
      />
    </label>
  );
  return (
    <fieldset className="method1" aria-label={`MHLW Method 1 for ${marketLabel}`}>
      <legend>MHLW Method 1 for {marketLabel}</legend>
      <div className="method1__grid">
        {field('pi', 'π (share of the effect to keep)')}
        {field('cp', 'CP (probability required)')}
        {field('power', 'Overall power')}
        {field('alpha', 'One-sided α')}
        <label className="method1__check">
          <input
            type="checkbox"
            checked={inputs.conditional}
            onChange={(e) => setInputs({ ...inputs, conditional: e.target.checked })}
          />
          Conditional on overall significance
        </label>
      </div>
      {'error' in result ? (
        <p role="alert" className="field__error">
          {result.error}
        </p>
      ) : (
        <p>
          Minimum share: <strong data-testid="method1-result">{formatShare(result.fraction, 2)}</strong>
        </p>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={'error' in result}
          onClick={() => 'fraction' in result && onUse(result.fraction, result.basis)}
        >
          Use this share
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </fieldset>
  );
}
