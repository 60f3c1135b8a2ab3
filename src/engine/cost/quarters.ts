/**
 * When each cost category is spent, by quarter (3-month periods from the first submission, month 0).
 * A category's run total is spread over the quarters by a timing profile that sums to 1, so the
 * quarters of a run always add up to its total (tested). docs/cost-model.md, "Cost over time".
 */
import { CAT, N_CAT, type CompiledCost } from './core';

export const MONTHS_PER_QUARTER = 3;

export function quarterOf(month: number, quarters: number): number {
  return Math.min(quarters - 1, Math.max(0, Math.floor(month / MONTHS_PER_QUARTER)));
}

/**
 * Per-run timing facts of one country, in months or counts per quarter (arrays n × quarters).
 *
 * A site activated at month a is open on [a, close) and enrolling on [a, end). Its months in
 * quarter q are clamp(b − 3q, 0, 3) − clamp(a − 3q, 0, 3) for b = close or end, and summed over a
 * country's sites the second term is 3 × (sites activated in a later quarter) + Σ (a − 3q) over
 * the sites activated in quarter q. So each site costs O(1) per run (its quarter's count and
 * offset, {@link recordActivation}) and each country O(quarters), instead of walking every quarter
 * of every site's interval: with 10,000 runs that walk was the largest part of the cost pass.
 */
export interface RunTiming {
  quarters: number;
  /** End of enrolment (LPI or horizon), last visit (sites close) and database lock, months. */
  end: number;
  close: number;
  lock: number;
  /** Activations per quarter. */
  act: Float64Array;
  /** Σ (activation month − quarter start) over the sites activated in each quarter. */
  actOffset: Float64Array;
  activated: Float64Array;
  openMonths: Float64Array;
  enrolMonths: Float64Array;
  /** Scratch (length quarters): enrolling site-months per quarter. */
  enrolScratch: Float64Array;
}

/** Records an activation at month a0 (≥ 0) for country c: its quarter's count and offset. */
export function recordActivation(t: RunTiming, c: number, a0: number): void {
  const Q = t.quarters;
  const q = quarterOf(a0, Q);
  t.act[c * Q + q]! += 1;
  t.actOffset[c * Q + q]! += a0 - q * MONTHS_PER_QUARTER;
}

const clampQuarter = (months: number) =>
  months <= 0 ? 0 : months >= MONTHS_PER_QUARTER ? MONTHS_PER_QUARTER : months;

/**
 * Country c's spending profile in one run: the share of each kind of spend that falls in each
 * quarter up to database lock (`lastQ`). Start-up and per-site ethics at activation; screening,
 * screen failures and insurance as patients are randomised (∝ enrolling site-months); treatment and
 * follow-up visits, IP and central lab ∝ patient-months on study until the last visit (cumulative
 * randomised share × months of the quarter before close); site running and monitoring ∝ open
 * site-months; data management evenly to database lock. A country with no enrolling site in a run
 * has its patients placed at the end of enrolment. The profile depends on timing only, so the
 * point-value and the sampled unit costs of a run share it (see {@link addCountryQuarters}).
 */
export interface QuarterProfile {
  lastQ: number;
  endQ: number;
  activation: Float64Array;
  randomisation: Float64Array;
  onStudy: Float64Array;
  open: Float64Array;
  dataManagement: Float64Array;
}

export function newQuarterProfile(quarters: number): QuarterProfile {
  const a = () => new Float64Array(quarters);
  return {
    lastQ: 0,
    endQ: 0,
    activation: a(),
    randomisation: a(),
    onStudy: a(),
    open: a(),
    dataManagement: a(),
  };
}

/** Fills `w` with country c's profile for the run in `t` (see RunTiming for the site-months). */
export function quarterProfile(t: RunTiming, c: number, w: QuarterProfile): void {
  const Q = t.quarters;
  const off = c * Q;
  const act = t.activated[c]!;
  const enrolMonths = t.enrolMonths[c]!;
  const openMonths = t.openMonths[c]!;
  const { end, close, lock, enrolScratch: enrol } = t;
  const endQ = quarterOf(end, Q);
  const lastQ = quarterOf(lock, Q);
  w.endQ = endQ;
  w.lastQ = lastQ;
  let later = act;
  let pmTotal = 0;
  let cum = 0;
  for (let q = 0; q <= lastQ; q++) {
    const q0 = q * MONTHS_PER_QUARTER;
    later -= t.act[off + q]!;
    const before = MONTHS_PER_QUARTER * later + t.actOffset[off + q]!;
    const e = act * clampQuarter(end - q0) - before;
    enrol[q] = e;
    w.open[q] = openMonths > 0 ? (act * clampQuarter(close - q0) - before) / openMonths : 0;
    const prev = cum;
    cum += e;
    const pm = ((prev + cum) / 2) * clampQuarter(close - q0);
    w.onStudy[q] = pm;
    pmTotal += pm;
  }
  for (let q = 0; q <= lastQ; q++) {
    const q0 = q * MONTHS_PER_QUARTER;
    w.activation[q] = act > 0 ? t.act[off + q]! / act : 0;
    w.randomisation[q] = enrolMonths > 0 ? enrol[q]! / enrolMonths : q === endQ ? 1 : 0;
    w.onStudy[q] = pmTotal > 0 ? w.onStudy[q]! / pmTotal : q === endQ ? 1 : 0;
    w.dataManagement[q] = lock > 0 ? clampQuarter(lock - q0) / lock : q === 0 ? 1 : 0;
  }
}

/**
 * Adds country c's spend of one run, by quarter, to `out[0 … quarters)`, given its profile `w`.
 * `m` holds the run's per-country categories (n × N_CAT). The fixed regulatory/ethics fee falls
 * in quarter 0; CRO fees, mark-up and FX hedging follow the country's other spend; a refundable
 * incentive arrives at database lock.
 */
export function addCountryQuarters(
  p: CompiledCost,
  w: QuarterProfile,
  m: Float64Array,
  c: number,
  out: Float64Array,
): void {
  const row = c * N_CAT;
  const fixed = p.fixedPerCountry[c]!;
  const atActivation = m[row + CAT.startup]! + m[row + CAT.regulatoryEthics]! - fixed;
  const atRandomisation =
    m[row + CAT.patientsScreening]! + m[row + CAT.screenFailures]! + m[row + CAT.insurance]!;
  const onStudy =
    m[row + CAT.patientsTreatment]! +
    m[row + CAT.patientsFollowUp]! +
    m[row + CAT.investigationalProduct]! +
    m[row + CAT.centralLabImaging]!;
  const whileOpen = m[row + CAT.siteRunning]! + m[row + CAT.monitoring]!;
  const dm = m[row + CAT.dataManagement]!;
  const direct = fixed + atActivation + atRandomisation + onStudy + whileOpen + dm;
  const overhead = m[row + CAT.croFees]! + m[row + CAT.passThroughMarkup]! + m[row + CAT.fxRisk]!;
  const scale = direct !== 0 ? 1 + overhead / direct : 1;
  for (let q = 0; q <= w.lastQ; q++) {
    const s =
      (q === 0 ? fixed : 0) +
      atActivation * w.activation[q]! +
      atRandomisation * w.randomisation[q]! +
      onStudy * w.onStudy[q]! +
      whileOpen * w.open[q]! +
      dm * w.dataManagement[q]!;
    out[q]! += s * scale;
  }
  if (direct === 0) out[w.endQ]! += overhead;
  out[w.lastQ]! += m[row + CAT.incentive]!;
}
