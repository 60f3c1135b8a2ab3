import type { RefObject } from 'react';
import {
  formatDateAfterMonths,
  formatMoneyFull,
  formatMonths,
  formatNumber,
  formatPercent,
  formatShare,
} from '../../../domain/format';
import type { ExplanationInput, ScenarioScore } from '../../../engine/scores/index';
import { Popover } from '../../components/popover/Popover';

type ScoreKey = 'speed' | 'cost' | 'feasibility' | 'concentration' | 'regional' | 'composite';
const NAMES: Record<ScoreKey, string> = {
  speed: 'Speed',
  cost: 'Cost',
  feasibility: 'Feasibility',
  concentration: 'Concentration',
  regional: 'Regional ratio',
  composite: 'Composite',
};

/** One input of a score in words: months also as the calendar date they fall on, money in the study currency. */
export function explainValue(input: ExplanationInput, submission: string, currency: string): string {
  const v = input.value;
  if (input.unit === 'months')
    return Number.isFinite(v)
      ? `${formatMonths(v)} (${formatDateAfterMonths(submission, v)})`
      : 'not reached';
  if (input.unit === currency || /^[A-Z]{3}$/.test(input.unit)) return formatMoneyFull(v, input.unit);
  if (input.unit === 'probability') return formatPercent(v);
  if (input.unit === 'share') return formatShare(v);
  if (input.unit.startsWith('points')) return `${formatNumber(v, 0)} of 100`;
  return `${formatNumber(v, 2)} ${input.unit}`.trim();
}

/** The formula and inputs behind one score, as a popover next to the number: every number is traceable. */
export function WhyPopover({
  anchor,
  score,
  which,
  submission,
  currency,
  onClose,
}: {
  anchor: RefObject<HTMLElement | null>;
  score: ScenarioScore;
  which: ScoreKey;
  submission: string;
  currency: string;
  onClose: () => void;
}) {
  const sub = score[which];
  return (
    <Popover
      anchor={anchor}
      label={`Why: ${NAMES[which]} score of ${score.name}`}
      onClose={onClose}
      testId="why-popover"
    >
      <p>
        <strong>
          {NAMES[which]} score of “{score.name}”: {formatNumber(sub.score, 0)} of 100
        </strong>
      </p>
      {sub.explanation.summary && <p data-testid="why-summary">{sub.explanation.summary}</p>}
      <p className="small">Formula: {sub.explanation.formula}</p>
      <ul className="small">
        {sub.explanation.inputs.map((input, i) => (
          <li key={i}>
            {input.label}: <strong>{explainValue(input, submission, currency)}</strong>
            {input.source ? <span className="muted"> — source: {input.source}</span> : null}
          </li>
        ))}
      </ul>
    </Popover>
  );
}

export type { ScoreKey };
export { NAMES as SCORE_NAMES };
