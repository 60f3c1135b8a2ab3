/**
 * Piecewise exponential survival with independent exponential dropout, in closed form.
 *
 * Control arm hazard h_k on [b_k, b_{k+1}) (b_0 = 0, last piece open-ended); the experimental arm
 * has hazard HR·h_k (proportional hazards). Dropout is an independent competing risk with constant
 * hazard δ. For one patient followed for u months, the probability of an OBSERVED event is
 *   P(u) = ∫₀ᵘ h(s)·exp(−H(s) − δs) ds,
 * which on piece k (rate r = h_k + δ, G_k = exp(−H(b_k) − δb_k)) is
 *   P(u) = P(b_k) + (h_k/r)·G_k·(1 − e^{−r(u−b_k)}),
 * and its integral Q(u) = ∫₀ᵘ P(v) dv (what uniform or piecewise-linear accrual needs) is
 *   Q(u) = Q(b_k) + P(b_k)(u−b_k) + (h_k/r)·G_k·((u−b_k) − (1 − e^{−r(u−b_k)})/r).
 * These are the standard expressions behind Lachin & Foulkes (1986) and Lakatos (1988).
 */

/** Validated event model (all rates per month). */
export interface EventModel {
  /** Start of each hazard piece in months; starts[0] = 0, ascending. */
  pieceStarts: number[];
  /** Control-arm hazard on each piece (per month, > 0). */
  controlHazards: number[];
  /** Experimental / control hazard ratio (> 0). */
  hazardRatio: number;
  /** Share randomised to the experimental arm, in [0, 1]. */
  allocation: number;
  /** Dropout hazard per month (≥ 0). */
  dropoutHazard: number;
}

/** One arm's survival, tabulated at the piece starts. */
export interface ArmCurve {
  starts: Float64Array;
  hazards: Float64Array;
  dropout: number;
  /** Cumulative event hazard H(b_k). */
  cumHazard: Float64Array;
  /** exp(−H(b_k) − δ b_k): still at risk (no event, no dropout) at b_k. */
  atRisk: Float64Array;
  /** P(b_k), Q(b_k). */
  prob: Float64Array;
  integral: Float64Array;
}

/** Month → control hazard for an exponential with the given median: ln 2 / median. */
export function hazardFromMedian(medianMonths: number): number {
  return Math.LN2 / medianMonths;
}

/** Returns a list of problems with the model ('' items never); empty when valid. */
export function eventModelProblems(m: EventModel): string[] {
  const problems: string[] = [];
  if (m.pieceStarts.length === 0 || m.pieceStarts.length !== m.controlHazards.length)
    problems.push('each hazard piece needs a start month and a hazard');
  if (m.pieceStarts[0] !== 0) problems.push('the first hazard piece must start at month 0');
  for (let k = 1; k < m.pieceStarts.length; k++) {
    if (!(m.pieceStarts[k]! > m.pieceStarts[k - 1]!)) problems.push('hazard piece starts must increase');
  }
  m.controlHazards.forEach((h, k) => {
    if (!(Number.isFinite(h) && h > 0))
      problems.push(`control hazard must be a positive number (piece ${k + 1} has ${h})`);
  });
  if (!(Number.isFinite(m.hazardRatio) && m.hazardRatio > 0))
    problems.push(`hazard ratio must be a positive number (got ${m.hazardRatio})`);
  if (!(Number.isFinite(m.allocation) && m.allocation >= 0 && m.allocation <= 1))
    problems.push(`allocation must be between 0 and 1 (got ${m.allocation})`);
  if (!(Number.isFinite(m.dropoutHazard) && m.dropoutHazard >= 0))
    problems.push(`dropout hazard must be 0 or more per month (got ${m.dropoutHazard})`);
  return problems;
}

/** Tabulates one arm: hazard multiplier 1 for control, the hazard ratio for the experimental arm. */
export function armCurve(m: EventModel, multiplier: number): ArmCurve {
  const k = m.pieceStarts.length;
  const starts = Float64Array.from(m.pieceStarts);
  const hazards = Float64Array.from(m.controlHazards, (h) => h * multiplier);
  const dropout = m.dropoutHazard;
  const cumHazard = new Float64Array(k);
  const atRisk = new Float64Array(k);
  const prob = new Float64Array(k);
  const integral = new Float64Array(k);
  atRisk[0] = 1;
  for (let j = 1; j < k; j++) {
    const w = starts[j]! - starts[j - 1]!;
    cumHazard[j] = cumHazard[j - 1]! + hazards[j - 1]! * w;
    atRisk[j] = Math.exp(-cumHazard[j]! - dropout * starts[j]!);
    prob[j] = probWithin(hazards[j - 1]!, dropout, atRisk[j - 1]!, prob[j - 1]!, w);
    integral[j] = integralWithin(hazards[j - 1]!, dropout, atRisk[j - 1]!, prob[j - 1]!, integral[j - 1]!, w);
  }
  return { starts, hazards, dropout, cumHazard, atRisk, prob, integral };
}

function probWithin(h: number, dropout: number, g: number, p0: number, w: number): number {
  const r = h + dropout;
  return p0 + (h / r) * g * -Math.expm1(-r * w);
}

function integralWithin(h: number, dropout: number, g: number, p0: number, q0: number, w: number): number {
  const r = h + dropout;
  return q0 + p0 * w + (h / r) * g * (w + Math.expm1(-r * w) / r);
}

/** Index of the piece containing u ≥ 0. */
function pieceOf(starts: Float64Array, u: number): number {
  let k = starts.length - 1;
  while (k > 0 && starts[k]! > u) k--;
  return k;
}

/** P(event observed within u months of entry); 0 for u ≤ 0. */
export function eventProbability(arm: ArmCurve, u: number): number {
  if (!(u > 0)) return 0;
  if (u === Infinity) return integralLimit(arm);
  const k = pieceOf(arm.starts, u);
  return probWithin(arm.hazards[k]!, arm.dropout, arm.atRisk[k]!, arm.prob[k]!, u - arm.starts[k]!);
}

/** P(u → ∞): the share of patients whose event is ever observed. */
function integralLimit(arm: ArmCurve): number {
  const k = arm.starts.length - 1;
  const h = arm.hazards[k]!;
  return arm.prob[k]! + (h / (h + arm.dropout)) * arm.atRisk[k]!;
}

/** Q(u) = ∫₀ᵘ P(v) dv; 0 for u ≤ 0. */
export function integratedProbability(arm: ArmCurve, u: number): number {
  if (!(u > 0)) return 0;
  const k = pieceOf(arm.starts, u);
  return integralWithin(
    arm.hazards[k]!,
    arm.dropout,
    arm.atRisk[k]!,
    arm.prob[k]!,
    arm.integral[k]!,
    u - arm.starts[k]!,
  );
}

/** Inverse cumulative hazard: the time t with H(t) = y (y ≥ 0). */
export function inverseCumHazard(arm: ArmCurve, y: number): number {
  const cum = arm.cumHazard;
  let k = cum.length - 1;
  while (k > 0 && cum[k]! > y) k--;
  return arm.starts[k]! + (y - cum[k]!) / arm.hazards[k]!;
}
