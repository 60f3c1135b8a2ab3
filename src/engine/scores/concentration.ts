/**
 * Concentration: how much a plan depends on a few contributors. The old measure (enrollment from
 * the 10% of sites with the highest coefficient of variation) picked the SMALLEST sites and
 * nearly always scored 100 (issue #20). The risk is the opposite: leaning on a few big sites or
 * one country, which — if it under-delivers (slow contract, a PI leaves, a regulator stalls) —
 * takes the timeline with it. 16% of oncology sites supply about half the patients (Tufts CSDD),
 * so some concentration is the norm; the anchors below score that typical level about 50.
 */
import type { ConcentrationOutcome, DependenceOutcome, SubScore } from './types';
import { pct, points } from './words';

/** Top-decile share at or below which the share term scores 100, and at or above which 0. */
export const TOP_DECILE_ANCHORS = { best: 0.15, worst: 0.6 } as const;
/** Relative slip of the median last patient in that halves the dependence terms (25%). */
export const SLIP_HALVING = 0.25;

const WITHOUT_SOURCE = 'analytic forecast without it; its change applied to the Monte Carlo result';
const clamp100 = (x: number) => (Number.isNaN(x) ? 0 : Math.min(100, Math.max(0, x)));

/**
 * Share (0–1) of the total from the `fraction` (default 10%, at least one) largest entries.
 * 0 when the total is 0.
 */
export function topShare(expected: ArrayLike<number>, fraction = 0.1): { share: number; count: number } {
  const n = expected.length;
  if (n === 0) return { share: 0, count: 0 };
  const k = Math.min(n, Math.max(1, Math.ceil(fraction * n)));
  const sorted = Array.from(expected).sort((a, b) => b - a);
  const all = sorted.reduce((a, b) => a + b, 0);
  const top = sorted.slice(0, k).reduce((a, b) => a + b, 0);
  return { share: all > 0 ? top / all : 0, count: k };
}

/** Points for the top-decile share: 100 at ≤ 15%, 0 at ≥ 60%, linear between. */
export function topDecilePoints(share: number): number {
  const { best, worst } = TOP_DECILE_ANCHORS;
  return clamp100((100 * (worst - share)) / (worst - best));
}

/**
 * Points for the slip s = (median LPI without it − median LPI)/median LPI when one contributor
 * enrolls nothing: 100·2^(−s/0.25) — 100 when nothing moves, 50 at +25%, 25 at +50%, 0 when the
 * target is never reached without it. Smooth, so it ranks plans without saturating.
 */
export function slipPoints(lpiP50: number, lpiP50Without: number): number {
  if (!(lpiP50 > 0) || !Number.isFinite(lpiP50)) return 0;
  const slip = Math.max(0, (lpiP50Without - lpiP50) / lpiP50);
  return clamp100(100 * 2 ** (-slip / SLIP_HALVING));
}

function dependenceWords(
  kind: string,
  d: DependenceOutcome | undefined,
  pReach: number,
  lpiP50: number,
): string {
  if (!d) return '';
  const later = d.lastPatientInP50Without - lpiP50;
  const move = Number.isFinite(d.lastPatientInP50Without)
    ? `${later.toFixed(1)} months later`
    : 'never reached';
  return ` If ${kind} ${d.name} (${pct(d.share)} of patients) enrolled nothing, P(target by the deadline) would go from ${pct(pReach)} to ${pct(d.pReachWithout)} and the median last patient in would be ${move}.`;
}

/** The concentration term C = mean of the top-decile, top-site and top-country points. */
export function concentrationScore(c: ConcentrationOutcome, pReach: number, lpiP50: number): SubScore {
  const share = topDecilePoints(c.topDecileShare);
  const site = c.topSite ? slipPoints(lpiP50, c.topSite.lastPatientInP50Without) : 100;
  const country = c.topCountry ? slipPoints(lpiP50, c.topCountry.lastPatientInP50Without) : 100;
  const score = (share + site + country) / 3;
  const { best, worst } = TOP_DECILE_ANCHORS;
  const summary =
    `The top ${c.topDecileSites} of ${c.siteCount} sites (10%) bring ${pct(c.topDecileShare)} of expected patients (${points(share)} points: 100 at ≤ ${best * 100}%, 0 at ≥ ${worst * 100}%).` +
    dependenceWords('the top site', c.topSite, pReach, lpiP50) +
    dependenceWords('the largest country', c.topCountry, pReach, lpiP50) +
    ` Each of those slips scores 100 when nothing moves and halves per ${SLIP_HALVING * 100}% later median last patient in (site ${points(site)}, country ${points(country)}).`;
  const inputs = [
    { label: 'Sites', value: c.siteCount, unit: 'sites' },
    {
      label: `Share of expected patients from the top ${c.topDecileSites} site(s) (top 10%)`,
      value: c.topDecileShare,
      unit: 'share',
    },
    { label: 'P(target by deadline)', value: pReach, unit: 'probability' },
    { label: 'Median last patient in', value: lpiP50, unit: 'months' },
  ];
  for (const [kind, d] of [
    ['top site', c.topSite],
    ['largest country', c.topCountry],
  ] as const) {
    if (!d) continue;
    inputs.push(
      { label: `The ${kind} (${d.name}): share of expected patients`, value: d.share, unit: 'share' },
      { label: `P(target by deadline) without the ${kind}`, value: d.pReachWithout, unit: 'probability' },
      {
        label: `Median last patient in without the ${kind}`,
        value: d.lastPatientInP50Without,
        unit: 'months',
      },
    );
  }
  return {
    score,
    explanation: {
      summary,
      formula:
        `C = (Dₛ + S + K)/3; Dₛ = clamp(100·(${worst} − top-decile share)/${(worst - best).toFixed(2)}); ` +
        `S, K = 100·2^(−slip/${SLIP_HALVING}) with slip = (median LPI without the top site / largest country − median LPI)/median LPI`,
      inputs: inputs.map((i) => (i.label.includes('without') ? { ...i, source: WITHOUT_SOURCE } : i)),
    },
  };
}
