/**
 * When each cost category is spent, by quarter (3-month periods from the first submission, month 0).
 * A category's run total is spread over the quarters by a timing profile that sums to 1, so the
 * quarters of a run always add up to its total (tested). docs/cost-model.md, "Cost over time".
 */
import { CAT, N_CAT, type CompiledCost } from './core';

export const MONTHS_PER_QUARTER = 3;

/** Adds the months of [a, b) that fall in each quarter to arr[off + q] (q < quarters). */
export function addInterval(arr: Float64Array, off: number, quarters: number, a: number, b: number): void {
  if (!(b > a)) return;
  const first = Math.max(0, Math.floor(a / MONTHS_PER_QUARTER));
  const last = Math.min(quarters - 1, Math.ceil(b / MONTHS_PER_QUARTER) - 1);
  for (let q = first; q <= last; q++) {
    const lo = Math.max(a, q * MONTHS_PER_QUARTER);
    const hi = Math.min(b, (q + 1) * MONTHS_PER_QUARTER);
    if (hi > lo) arr[off + q]! += hi - lo;
  }
}

export function quarterOf(month: number, quarters: number): number {
  return Math.min(quarters - 1, Math.max(0, Math.floor(month / MONTHS_PER_QUARTER)));
}

/** Per-run timing facts of one country, in months or counts per quarter (arrays n × quarters). */
export interface RunTiming {
  quarters: number;
  /** End of enrolment (LPI or horizon), last visit (sites close) and database lock, months. */
  end: number;
  close: number;
  lock: number;
  /** Activations per quarter. */
  act: Float64Array;
  /** Open site-months per quarter (activation → close). */
  open: Float64Array;
  /** Enrolling site-months per quarter (activation → end of enrolment). */
  enrol: Float64Array;
  activated: Float64Array;
  openMonths: Float64Array;
  enrolMonths: Float64Array;
}

/**
 * Adds country c's spend of one run, by quarter, to `out[0 … quarters)`. `m` holds the run's
 * per-country categories (n × N_CAT). Profiles: start-up and per-site ethics at activation; the
 * fixed regulatory/ethics fee in quarter 0; screening, screen failures and insurance as patients
 * are randomised (∝ enrolling site-months); treatment and follow-up visits, IP and central lab ∝
 * patient-months on study until the last visit; site running and monitoring ∝ open site-months;
 * data management evenly to database lock; CRO fees, mark-up and FX hedging follow the country's
 * other spend; a refundable incentive arrives at database lock.
 */
export function addCountryQuarters(
  p: CompiledCost,
  t: RunTiming,
  m: Float64Array,
  c: number,
  out: Float64Array,
): void {
  const Q = t.quarters;
  const off = c * Q;
  const row = c * N_CAT;
  const v = (k: number) => m[row + k]!;
  const fixed = p.fixedPerCountry[c]!;
  const atActivation = v(CAT.startup) + v(CAT.regulatoryEthics) - fixed;
  const atRandomisation = v(CAT.patientsScreening) + v(CAT.screenFailures) + v(CAT.insurance);
  const onStudy =
    v(CAT.patientsTreatment) +
    v(CAT.patientsFollowUp) +
    v(CAT.investigationalProduct) +
    v(CAT.centralLabImaging);
  const whileOpen = v(CAT.siteRunning) + v(CAT.monitoring);
  const dm = v(CAT.dataManagement);
  const direct = fixed + atActivation + atRandomisation + onStudy + whileOpen + dm;
  const overhead = v(CAT.croFees) + v(CAT.passThroughMarkup) + v(CAT.fxRisk);
  const act = t.activated[c]!;
  const enrolMonths = t.enrolMonths[c]!;
  const openMonths = t.openMonths[c]!;
  const endQ = quarterOf(t.end, Q);
  // Patient-months on study per quarter: cumulative randomised share × months of the quarter before close.
  let pmTotal = 0;
  let cum = 0;
  for (let q = 0; q < Q; q++) {
    const before = cum;
    cum += t.enrol[off + q]!;
    const span = Math.max(0, Math.min(t.close, (q + 1) * MONTHS_PER_QUARTER) - q * MONTHS_PER_QUARTER);
    pmTotal += ((before + cum) / 2) * span;
  }
  cum = 0;
  for (let q = 0; q < Q; q++) {
    const before = cum;
    cum += t.enrol[off + q]!;
    const span = Math.max(0, Math.min(t.close, (q + 1) * MONTHS_PER_QUARTER) - q * MONTHS_PER_QUARTER);
    const studySpan = Math.max(0, Math.min(t.lock, (q + 1) * MONTHS_PER_QUARTER) - q * MONTHS_PER_QUARTER);
    let s = q === 0 ? fixed : 0;
    s += act > 0 ? (atActivation * t.act[off + q]!) / act : 0;
    // With no enrolling site in this run the country's patients are placed at the end of enrolment.
    s +=
      enrolMonths > 0
        ? (atRandomisation * t.enrol[off + q]!) / enrolMonths
        : q === endQ
          ? atRandomisation
          : 0;
    s += pmTotal > 0 ? (onStudy * ((before + cum) / 2) * span) / pmTotal : q === endQ ? onStudy : 0;
    s += openMonths > 0 ? (whileOpen * t.open[off + q]!) / openMonths : 0;
    s += t.lock > 0 ? (dm * studySpan) / t.lock : q === 0 ? dm : 0;
    if (direct !== 0) s += (overhead * s) / direct;
    out[q]! += s;
  }
  if (direct === 0) out[endQ]! += overhead;
  out[quarterOf(t.lock, Q)]! += v(CAT.incentive);
}
