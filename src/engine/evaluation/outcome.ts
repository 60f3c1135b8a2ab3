import type { ScenarioOutcome } from '../scores/index';
import type { MarketSharesResult } from '../optimizer/from-workspace/market-shares';
import type { ScenarioEvaluation } from './evaluate';

/**
 * What the scores need from an evaluated scenario. Regions are the workspace's filing markets
 * (expected share vs required, and the probability the scenario delivers it).
 */
export function outcomeOf(
  evaluation: ScenarioEvaluation,
  markets: MarketSharesResult | undefined,
): ScenarioOutcome {
  const t = evaluation.forecast.timeToTarget;
  // A quick pass (EvaluateOptions.quick) has no concentration: scores need the full evaluation.
  if (!evaluation.concentration)
    throw new Error(`Scenario ${evaluation.scenarioName}: scores need a full evaluation, not a quick pass`);
  const concentration = evaluation.concentration;
  const cost = evaluation.cost;
  // The study may score on topline instead of LPI (endpoint.scoreOn; milestones.ts).
  const scoring = evaluation.milestones?.scoring;
  const onTopline = scoring?.milestone === 'topline';
  return {
    id: evaluation.scenarioId,
    name: evaluation.scenarioName,
    firstSiteActivatedP50: evaluation.firstSiteActivated.p50,
    firstPatientInP50: evaluation.firstPatientIn?.p50 ?? Infinity,
    lastPatientInP50: onTopline ? scoring.p50 : t.p50,
    lastPatientInP90: onTopline ? scoring.p90 : t.p90,
    pReachByDeadline: onTopline ? scoring.pByDeadline : evaluation.forecast.pReachByDeadline,
    expectedTotalCost: cost?.expectedTotal ?? Number.NaN,
    costPerRandomised: cost?.expectedPerRandomisedPatient ?? Number.NaN,
    // Without a lateness summary (a forecast method that gives none) only P(deadline) is known:
    // treat every miss as never reached, the cautious reading.
    lateness: evaluation.forecast.lateness ?? {
      expectedMonthsLate: evaluation.forecast.pReachByDeadline >= 1 ? 0 : Infinity,
      pWithin3Months: evaluation.forecast.pReachByDeadline,
      pWithin6Months: evaluation.forecast.pReachByDeadline,
    },
    concentration,
    // Filing markets only: a scenario's own "Min share %" floors differ between scenarios, and the
    // scores compare scenarios on the same requirements.
    regions: (markets?.markets ?? [])
      .filter((m) => m.source === 'filing-market')
      .map((m) => ({
        region: m.label,
        expectedShare: m.expectedShare,
        requiredShare: m.requiredShare,
        pMet: m.probability,
      })),
  };
}
