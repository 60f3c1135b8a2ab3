import { formatDateAfterMonths, formatPercent, formatShare } from '../../domain/format';
import type { ComparedScenario } from '../evaluation/compare';

export interface MainRisk {
  /** Plain words: "China's start-up (first site open 3 Mar 2031)". */
  text: string;
  /** Where the number comes from. */
  href: string;
}

/** Below this P(target by deadline) the deadline itself is the main risk. */
const DEADLINE_RISK = 0.5;

/**
 * The one risk a reader should know first, by a fixed order: a filing market's regional share not
 * met (the submission may not be accepted there), then a deadline missed more often than not, then
 * the country whose first site opens last (the start-up critical path).
 */
export function mainRisk(c: ComparedScenario, submission: string): MainRisk {
  const short = c.markets.markets
    .filter((m) => m.status !== 'met')
    .sort((a, b) => a.probability - b.probability)[0];
  if (short) {
    return {
      text: `${short.label}'s ${formatShare(short.requiredShare)} share (met with probability ${formatPercent(short.probability)})`,
      href: '#/scenarios',
    };
  }
  const p = c.evaluation.forecast.pReachByDeadline;
  if (p < DEADLINE_RISK)
    return { text: `the deadline (reached with probability ${formatPercent(p)})`, href: '#/compare' };
  const latest = [...c.evaluation.countries]
    .filter((x) => Number.isFinite(x.firstSiteOpenP50))
    .sort((a, b) => b.firstSiteOpenP50 - a.firstSiteOpenP50)[0];
  if (latest)
    return {
      text: `${latest.name}'s start-up (first site open ${formatDateAfterMonths(submission, latest.firstSiteOpenP50)})`,
      href: '#/compare',
    };
  return { text: 'none stands out', href: '#/compare' };
}
