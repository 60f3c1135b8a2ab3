import {
  armCurve,
  eventProbability,
  integratedProbability,
  type ArmCurve,
  type EventModel,
} from './hazard-model';

/**
 * Expected number of observed events by calendar month t for a given accrual, in closed form.
 *
 * Accrual is a piecewise-linear cumulative path N(e) through (month, cumulative patients) points;
 * a vertical step (two points at the same month) is a batch entering at once. A patient entering
 * at e contributes P(t − e) (hazard-model.ts), so
 *   E(t) = Σ_segments rate_j·(Q(t − e_j) − Q(t − min(e_{j+1}, t)))  +  Σ_steps mass·P(t − e),
 * summed over the arms with weights (1 − allocation) and allocation. Uniform accrual of n patients
 * on [0, A] is the single segment (0, 0) → (A, n): E(t) = (n/A)(Q(t) − Q(t − A)).
 */
export interface AccrualPoint {
  month: number;
  cumulative: number;
}

export interface TwoArms {
  control: ArmCurve;
  experimental: ArmCurve;
  allocation: number;
}

export function twoArms(model: EventModel): TwoArms {
  return {
    control: armCurve(model, 1),
    experimental: armCurve(model, model.hazardRatio),
    allocation: model.allocation,
  };
}

/** The accrual path of n patients entering uniformly over [0, months] (months 0: all at once). */
export function uniformAccrual(n: number, months: number): AccrualPoint[] {
  return [
    { month: 0, cumulative: 0 },
    { month: months, cumulative: n },
  ];
}

function expectedForArm(arm: ArmCurve, path: AccrualPoint[], t: number): number {
  let total = 0;
  for (let j = 0; j + 1 < path.length; j++) {
    const e0 = path[j]!.month;
    const e1 = path[j + 1]!.month;
    const mass = path[j + 1]!.cumulative - path[j]!.cumulative;
    if (e0 >= t || mass === 0) continue;
    if (e1 <= e0) {
      total += mass * eventProbability(arm, t - e0);
      continue;
    }
    const rate = mass / (e1 - e0);
    total += rate * (integratedProbability(arm, t - e0) - integratedProbability(arm, t - Math.min(e1, t)));
  }
  return total;
}

/** Expected observed events (both arms) by month t, for the accrual path. */
export function expectedEvents(arms: TwoArms, path: AccrualPoint[], t: number): number {
  const a = arms.allocation;
  return (1 - a) * expectedForArm(arms.control, path, t) + a * expectedForArm(arms.experimental, path, t);
}

/** Expected events at each month. */
export function expectedEventsAt(
  model: EventModel,
  path: AccrualPoint[],
  months: number[],
): { month: number; expectedEvents: number }[] {
  const arms = twoArms(model);
  return months.map((month) => ({ month, expectedEvents: expectedEvents(arms, path, month) }));
}

/** Share of enrolled patients whose event is ever observed (the rest drop out first). */
export function eventualEventShare(arms: TwoArms): number {
  const a = arms.allocation;
  return (
    (1 - a) * eventProbability(arms.control, Infinity) + a * eventProbability(arms.experimental, Infinity)
  );
}
