import { z } from 'zod';
import { formatPath } from '../../domain/json-path';
import { forecastSpecSchema, parseForecastSpec, parseSpecJson, type SpecProblem } from '../forecast/spec';
import type { ForecastInput } from '../forecast/types';
import { eventModelProblems, hazardFromMedian, type EventModel } from './hazard-model';

/**
 * The `mrct events` spec (docs/events.md):
 *   {"accrual": {"n", "uniformMonths"} | {"target", "siteGroups", ...as mrct forecast},
 *    "events": {"required", "controlMedianMonths" | "controlHazard" | "controlHazards",
 *               "hazardRatio", "allocation", "dropoutHazard"},
 *    "at": [months]}
 * Rates per month; months from the start of accrual.
 */
const positive = (what: string) =>
  z.number(`must be a number (${what})`).finite('must be finite').gt(0, `must be > 0 (${what})`);
const MAX_PATIENTS = 1_000_000;

const uniformAccrualSchema = z.strictObject({
  n: z
    .number('must be a number')
    .int('must be a whole number of patients')
    .min(1, 'must be ≥ 1 patient')
    .max(MAX_PATIENTS, `must be ≤ ${MAX_PATIENTS.toLocaleString('en-US')} patients`),
  uniformMonths: z
    .number('must be a number (months)')
    .finite('must be finite')
    .min(0, 'must be ≥ 0 (months)')
    .max(1200, 'must be ≤ 1200 months'),
});

const pieceSchema = z.strictObject({
  fromMonth: z.number('must be a number (months)').finite().min(0, 'must be ≥ 0 (months)'),
  hazard: positive('hazard per month'),
});

const eventsSchema = z
  .strictObject({
    required: z
      .number('must be a number')
      .int('must be a whole number of events')
      .min(1, 'must be ≥ 1 event'),
    controlMedianMonths: positive('control-arm median, months').optional(),
    controlHazard: positive('control-arm hazard per month').optional(),
    controlHazards: z
      .array(pieceSchema, 'must be a list of {fromMonth, hazard}')
      .min(1, 'needs at least one piece')
      .optional(),
    hazardRatio: positive('experimental/control hazard ratio'),
    allocation: z
      .number('must be a number')
      .min(0, 'must be in [0, 1] (share randomised to the experimental arm)')
      .max(1, 'must be in [0, 1] (share randomised to the experimental arm)')
      .default(0.5),
    dropoutHazard: z
      .number('must be a number (per month)')
      .finite()
      .min(0, 'must be ≥ 0 (per month)')
      .default(0),
  })
  .superRefine((e, ctx) => {
    const given = [e.controlMedianMonths, e.controlHazard, e.controlHazards].filter(
      (x) => x !== undefined,
    ).length;
    if (given !== 1)
      ctx.addIssue({
        code: 'custom',
        message: 'give exactly one of controlMedianMonths, controlHazard or controlHazards',
      });
    if (e.controlHazards) {
      if (e.controlHazards[0]!.fromMonth !== 0)
        ctx.addIssue({
          code: 'custom',
          path: ['controlHazards', 0, 'fromMonth'],
          message: 'the first piece must start at month 0',
        });
      e.controlHazards.forEach((p, k) => {
        if (k > 0 && !(p.fromMonth > e.controlHazards![k - 1]!.fromMonth))
          ctx.addIssue({
            code: 'custom',
            path: ['controlHazards', k, 'fromMonth'],
            message: 'piece starts must increase',
          });
      });
    }
  });

const eventsSpecSchema = z.strictObject({
  // Dispatched by hand (parseAccrual): a union would report a bad `n` as a missing `target`.
  accrual: z.record(z.string(), z.unknown(), {
    error: 'must be {"n", "uniformMonths"} or {"target", "siteGroups", ...} as in mrct forecast',
  }),
  events: eventsSchema,
  at: z
    .array(
      z.number('must be a number (months)').finite().min(0, 'must be ≥ 0 (months)'),
      'must be a list of months',
    )
    .max(10_000, 'at most 10,000 months')
    .default([]),
});

export type EventsAccrual =
  { kind: 'uniform'; n: number; months: number } | { kind: 'sites'; n: number; input: ForecastInput };

export interface EventsSpec {
  accrual: EventsAccrual;
  model: EventModel;
  required: number;
  at: number[];
}

/** Validates parsed JSON; returns the spec or every problem with its JSON path. */
export function parseEventsSpec(
  json: unknown,
): { ok: true; spec: EventsSpec } | { ok: false; problems: SpecProblem[] } {
  const res = parseSpecJson(eventsSpecSchema, json);
  if (!res.ok) return res;
  const { events, at } = res.data;
  const parsedAccrual = parseAccrual(res.data.accrual);
  if (!parsedAccrual.ok) return parsedAccrual;
  const accrual = parsedAccrual.accrual;
  const pieces = events.controlHazards ?? [
    { fromMonth: 0, hazard: events.controlHazard ?? hazardFromMedian(events.controlMedianMonths!) },
  ];
  const model: EventModel = {
    pieceStarts: pieces.map((p) => p.fromMonth),
    controlHazards: pieces.map((p) => p.hazard),
    hazardRatio: events.hazardRatio,
    allocation: events.allocation,
    dropoutHazard: events.dropoutHazard,
  };
  const problems: SpecProblem[] = eventModelProblems(model).map((message) => ({ path: 'events', message }));
  if (events.required > accrual.n) {
    problems.push({
      path: 'events.required',
      message: `${events.required} events required but only ${accrual.n} patients enrolled: each patient has at most one event`,
    });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, spec: { accrual, model, required: events.required, at } };
}

function parseAccrual(
  raw: Record<string, unknown>,
): { ok: true; accrual: EventsAccrual } | { ok: false; problems: SpecProblem[] } {
  if ('n' in raw || 'uniformMonths' in raw) {
    const u = uniformAccrualSchema.safeParse(raw);
    if (!u.success)
      return {
        ok: false,
        problems: u.error.issues.map((i) => ({ path: formatPath(i.path, 'accrual'), message: i.message })),
      };
    return { ok: true, accrual: { kind: 'uniform', n: u.data.n, months: u.data.uniformMonths } };
  }
  const inner = parseForecastSpec(raw);
  if (!inner.ok)
    return {
      ok: false,
      problems: inner.problems.map((p) => ({ path: `accrual.${p.path}`, message: p.message })),
    };
  return { ok: true, accrual: { kind: 'sites', n: inner.input.target, input: { ...inner.input, at: [] } } };
}

/** The accrual keys `mrct forecast` accepts (for error messages and docs). */
export const SITE_ACCRUAL_KEYS = Object.keys(forecastSpecSchema.shape);
