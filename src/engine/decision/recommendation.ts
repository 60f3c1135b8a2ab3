import {
  formatDateAfterMonths,
  formatDateRange,
  formatMoney,
  formatMonths,
  formatNumber,
  formatPercent,
  formatShare,
} from '../../domain/format';
import type { ComparedScenario } from '../evaluation/compare';
import type { ScenarioScore } from '../scores/index';
import { headlineMilestone } from './headline';
import { mainRisk } from './main-risk';

/** One sentence of the recommendation and the screen its numbers come from. */
export interface Sentence {
  text: string;
  href: string;
  /** What the link says ("see Compare"). */
  source: string;
}

/**
 * A ranked recommendation in plain words, generated from the numbers only: the composite ranking,
 * then how the first-ranked scenario differs from the runner-up in time and cost, its chance of
 * meeting the deadline, each filing market's regional requirement, and its main risk. Every
 * sentence names where its number comes from.
 */
export function recommend(
  compared: ComparedScenario[],
  scores: ScenarioScore[],
  submission: string,
  currency: string,
): Sentence[] {
  const ranked = [...scores].sort((a, b) => a.rank - b.rank);
  const byId = (id: string) => compared.find((c) => c.evaluation.scenarioId === id);
  const first = ranked[0] ? byId(ranked[0].id) : undefined;
  if (!first || !ranked[0]) return [];
  const out: Sentence[] = [];
  const name = first.evaluation.scenarioName;
  const rest = ranked.slice(1);
  out.push({
    text:
      rest.length > 0
        ? `Recommended: ${name}, ranked first of ${ranked.length} on the composite score (${formatNumber(ranked[0].composite.score, 0)} of 100; ${rest.map((s) => `${s.name} ${formatNumber(s.composite.score, 0)}`).join(', ')}).`
        : `Recommended: ${name} (composite score ${formatNumber(ranked[0].composite.score, 0)} of 100).`,
    href: '#/compare',
    source: 'scores on Compare',
  });

  const second = rest[0] ? byId(rest[0].id) : undefined;
  const h1 = headlineMilestone(first);
  if (second) {
    const h2 = headlineMilestone(second);
    const dm = h2.p50 - h1.p50;
    const other = second.evaluation.scenarioName;
    // A P50 of Infinity: not reached in half the runs or more; the difference then has no size.
    const when = !Number.isFinite(dm)
      ? Number.isFinite(h1.p50)
        ? `earlier than ${other} (which does not reach it in half the runs)`
        : Number.isFinite(h2.p50)
          ? `later than ${other} (it does not reach it in half the runs)`
          : `no sooner than ${other} (neither reaches it in half the runs)`
      : Math.abs(dm) >= 0.05
        ? `${formatMonths(Math.abs(dm))} ${dm > 0 ? 'earlier' : 'later'} than ${other}`
        : `at about the same time as ${other}`;
    const c1 = first.evaluation.cost?.expectedTotal;
    const c2 = second.evaluation.cost?.expectedTotal;
    const cost =
      c1 !== undefined && c2 !== undefined && Number.isFinite(c1) && Number.isFinite(c2)
        ? ` and costs ${formatMoney(Math.abs(c2 - c1), currency)} ${c2 - c1 >= 0 ? 'less' : 'more'} (expected ${formatMoney(c1, currency)} vs ${formatMoney(c2, currency)})`
        : '';
    out.push({
      text: `${name} reaches ${h1.short} ${when} (P50 ${formatDateAfterMonths(submission, h1.p50)}, P10–P90 ${formatDateRange(submission, h1.p10, h1.p90)}; vs P50 ${formatDateAfterMonths(submission, h2.p50)})${cost}.`,
      href: '#/compare',
      source: 'comparison table',
    });
  } else {
    out.push({
      text: `${name} reaches ${h1.short} on ${formatDateAfterMonths(submission, h1.p50)} (P50; P10–P90 ${formatDateRange(submission, h1.p10, h1.p90)}).`,
      href: '#/scenarios',
      source: 'forecast on Scenarios',
    });
  }

  out.push({
    text: `It reaches the target by the deadline (${formatDateAfterMonths(submission, first.evaluation.deadlineMonths)}) with probability ${formatPercent(first.evaluation.forecast.pReachByDeadline)}.`,
    href: '#/compare',
    source: 'P(target by deadline) on Compare',
  });

  for (const m of first.markets.markets) {
    const verb =
      m.status === 'met' ? 'meets' : m.status === 'at-risk' ? 'is at risk of missing' : 'does not meet';
    out.push({
      text: `It ${verb} ${m.label}'s ${formatShare(m.requiredShare)} share requirement (expected ${formatShare(m.expectedShare)}; met with probability ${formatPercent(m.probability)}).`,
      href: '#/scenarios',
      source: 'regional consistency on Scenarios',
    });
  }

  const risk = mainRisk(first, submission);
  out.push({
    text: `Its main risk is ${risk.text}.`,
    href: risk.href,
    source: risk.href === '#/scenarios' ? 'Scenarios' : 'Compare',
  });
  return out;
}
