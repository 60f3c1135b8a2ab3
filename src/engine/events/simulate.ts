import type { Sfc32 } from '../random/sfc32';
import type { ArmCurve } from './hazard-model';
import { inverseCumHazard } from './hazard-model';
import type { TwoArms } from './expected-events';
import { selectKth } from '../stats/select';

/**
 * One run's calendar time of the D-th observed event, given the patients' entry months.
 *
 * Each patient is randomised (experimental with probability `allocation`), gets an event time
 * T = H⁻¹(X) with X ~ Exp(1) in the arm's cumulative hazard (exact inversion, piecewise linear H),
 * and a dropout time C ~ Exp(δ); the event is observed at entry + T when T < C. The D-th event is
 * the D-th order statistic of those calendar times (selectKth, expected O(n)); Infinity when fewer
 * than D events are ever observed. Typed arrays only, no per-patient objects.
 *
 * For the exponential case (one piece) the arm's event/dropout competition is drawn with one
 * exponential of rate h + δ and one uniform (event with probability h/(h + δ)): the same law,
 * one logarithm fewer.
 */
export function timeToEventD(
  arms: TwoArms,
  entry: Float64Array,
  n: number,
  required: number,
  rng: Sfc32,
  scratch: Float64Array,
): number {
  const { control, experimental, allocation } = arms;
  const single = control.starts.length === 1;
  const dropout = control.dropout;
  let observed = 0;
  const hc = control.hazards[0]!;
  const he = experimental.hazards[0]!;
  for (let i = 0; i < n; i++) {
    const exp = rng.nextFloat() < allocation;
    let t: number;
    if (single) {
      const h = exp ? he : hc;
      const total = h + dropout;
      const first = -Math.log(rng.nextFloat()) / total;
      t = dropout === 0 || rng.nextFloat() * total < h ? first : Infinity;
    } else {
      t = piecewiseEventTime(exp ? experimental : control, dropout, rng);
    }
    if (t !== Infinity) observed++;
    scratch[i] = entry[i]! + t;
  }
  if (observed < required) return Infinity;
  return selectKth(scratch, n, required - 1);
}

function piecewiseEventTime(arm: ArmCurve, dropout: number, rng: Sfc32): number {
  const t = inverseCumHazard(arm, -Math.log(rng.nextFloat()));
  if (dropout === 0) return t;
  const c = -Math.log(rng.nextFloat()) / dropout;
  return t < c ? t : Infinity;
}

/** n entry months uniform on [0, months]. */
export function uniformEntries(n: number, months: number, rng: Sfc32, out: Float64Array): void {
  for (let i = 0; i < n; i++) out[i] = months * rng.nextFloat();
}

/**
 * Entry months of one enrollment run, given its site openings u_i, rates λ_i and the month T of
 * the n-th (last) randomisation. Conditional on the n-th arrival of a Poisson process with
 * intensity λ(t) = Σ λ_i·1(t > u_i) being at T, the first n − 1 arrival times are i.i.d. with
 * density λ(t)/Λ(T) on [0, T] (order-statistics property of the Poisson process); the n-th is T.
 * Λ is piecewise linear between the sorted openings, so each draw is one uniform, a binary search
 * and a division. `order` is scratch for the site indices. NaN opening = the site never opened.
 */
export function entriesFromSites(
  open: ArrayLike<number>,
  rate: ArrayLike<number>,
  sites: number,
  lpi: number,
  n: number,
  rng: Sfc32,
  order: Int32Array,
  knotT: Float64Array,
  knotL: Float64Array,
  knotS: Float64Array,
  out: Float64Array,
): void {
  let m = 0;
  for (let i = 0; i < sites; i++) {
    const u = open[i]!;
    if (u < lpi && rate[i]! > 0) order[m++] = i;
  }
  const idx = order.subarray(0, m).sort((a, b) => open[a]! - open[b]!);
  // Knots: opening month, Λ at it, and the slope just after it.
  let cum = 0;
  let slope = 0;
  for (let k = 0; k < m; k++) {
    const i = idx[k]!;
    const u = open[i]!;
    if (k > 0) cum += slope * (u - knotT[k - 1]!);
    slope += rate[i]!;
    knotT[k] = u;
    knotL[k] = cum;
    knotS[k] = slope;
  }
  if (m === 0) {
    for (let j = 0; j < n; j++) out[j] = lpi;
    return;
  }
  const total = cum + slope * (lpi - knotT[m - 1]!);
  for (let j = 0; j < n - 1; j++) {
    const y = rng.nextFloat() * total;
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (knotL[mid]! <= y) lo = mid;
      else hi = mid - 1;
    }
    out[j] = knotT[lo]! + (y - knotL[lo]!) / knotS[lo]!;
  }
  out[n - 1] = lpi;
}
