import { z } from 'zod';
import { formatPath } from '../../domain/json-path';
import type { ForecastInput, Opening, SiteGroup } from './types';

const month = z.number('must be a number (months)').finite('must be finite').min(0, 'must be ≥ 0 (months)');

const openingSchema = z.union(
  [
    month,
    z.strictObject({ uniform: z.tuple([month, month]) }).refine((o) => o.uniform[0] <= o.uniform[1], {
      message: 'uniform [a, b] needs a ≤ b',
      path: ['uniform'],
    }),
    z
      .strictObject({ triangular: z.tuple([month, month, month]) })
      .refine((o) => o.triangular[0] <= o.triangular[1] && o.triangular[1] <= o.triangular[2], {
        message: 'triangular [min, mode, max] needs min ≤ mode ≤ max',
        path: ['triangular'],
      }),
  ],
  { error: 'must be a month, {"uniform": [a, b]} or {"triangular": [min, mode, max]}' },
);

/** Largest number of sites a spec may describe (per group and in total). */
export const MAX_SITES = 100_000;
/** Largest prior mean rate (patients/site/month) and the Gamma shapes a spec may give. */
export const MAX_PRIOR_MEAN = 10_000;
export const MIN_SHAPE = 0.001;
export const MAX_SHAPE = 1_000_000;
/** Largest target (patients): beyond it the incomplete-beta tail underflows to NaN (found by fuzzing). */
export const MAX_TARGET = 10_000_000;

const siteGroupSchema = z
  .strictObject({
    // The engine holds one typed-array slot per site: an unbounded count (1e9) made `mrct forecast`
    // allocate gigabytes and die without a message (found by tests/unit/fuzz). 100,000 sites is
    // ten times the largest plan the app is built for.
    count: z
      .number('must be a number')
      .int('must be a whole number')
      .min(1, 'must be ≥ 1')
      .max(MAX_SITES, `must be ≤ ${MAX_SITES.toLocaleString('en-US')} sites`),
    shape: z.number('must be a number').finite().positive('must be > 0 (Gamma shape)'),
    rate: z.number('must be a number').finite().positive('must be > 0 (Gamma rate, per month)'),
    opensAt: openingSchema.default(0),
    countryId: z.string().min(1).optional(),
    cap: z.number().int('must be a whole number').min(0, 'must be ≥ 0').optional(),
  })
  // Priors far outside any trial (5e-324 rates, 1e300 shapes) overflowed the samplers into NaN
  // quantiles (found by tests/unit/fuzz): bound the prior mean and the shape to generous limits.
  .refine((g) => g.shape / g.rate <= MAX_PRIOR_MEAN, {
    message: `prior mean shape/rate must be ≤ ${MAX_PRIOR_MEAN.toLocaleString('en-US')} patients/site/month`,
    path: ['rate'],
  })
  .refine((g) => g.shape >= MIN_SHAPE && g.shape <= MAX_SHAPE, {
    message: `must be between ${MIN_SHAPE} and ${MAX_SHAPE.toLocaleString('en-US')} (Gamma shape)`,
    path: ['shape'],
  });

/**
 * The `mrct forecast` spec file (docs/forecast-spec.md). Required: target and siteGroups;
 * `at` months to report; optional deadline, countryCaps, screenFailure/dropout/countEvaluable.
 */
export const forecastSpecSchema = z.strictObject({
  target: z
    .number('must be a number')
    .int('must be a whole number')
    .min(1, 'must be ≥ 1 patient')
    .max(MAX_TARGET, `must be ≤ ${MAX_TARGET.toLocaleString('en-US')} patients`),
  siteGroups: z
    .array(siteGroupSchema, 'must be a list of site groups')
    .min(1, 'needs at least one site group')
    .refine(
      (groups) => groups.reduce((n, g) => n + g.count, 0) <= MAX_SITES,
      `at most ${MAX_SITES.toLocaleString('en-US')} sites in all groups together`,
    ),
  at: z.array(month).default([]),
  deadline: month.optional(),
  countryCaps: z
    .record(z.string(), z.number().int('must be a whole number').min(0, 'must be ≥ 0'))
    .optional(),
  screenFailure: z.number().min(0, 'must be in [0, 1)').lt(1, 'must be in [0, 1)').optional(),
  dropout: z.number().min(0, 'must be in [0, 1)').lt(1, 'must be in [0, 1)').optional(),
  countEvaluable: z.boolean().optional(),
});

export type ForecastSpec = z.infer<typeof forecastSpecSchema>;

/** A spec problem with its JSON path, e.g. `siteGroups[0].rate`. */
export interface SpecProblem {
  path: string;
  message: string;
}

/** Every problem of a spec, each with its JSON path ("(whole file)" when the root is wrong). */
export function specProblems(error: z.ZodError): SpecProblem[] {
  return error.issues.map((i) => ({ path: formatPath(i.path) || '(whole file)', message: i.message }));
}

/** `schema.safeParse(json)`, a failure given as every problem with its JSON path (forecast and events specs). */
export function parseSpecJson<T>(
  schema: z.ZodType<T>,
  json: unknown,
): { ok: true; data: T } | { ok: false; problems: SpecProblem[] } {
  const res = schema.safeParse(json);
  return res.success ? { ok: true, data: res.data } : { ok: false, problems: specProblems(res.error) };
}

/** Validates parsed JSON against the spec; returns the forecast input or every problem found. */
export function parseForecastSpec(
  json: unknown,
): { ok: true; input: ForecastInput } | { ok: false; problems: SpecProblem[] } {
  const res = parseSpecJson(forecastSpecSchema, json);
  if (!res.ok) return res;
  const spec = res.data;
  const sites: SiteGroup[] = spec.siteGroups.map((g) => ({
    count: g.count,
    shape: g.shape,
    rate: g.rate,
    opensAt: toOpening(g.opensAt),
    ...(g.countryId !== undefined ? { countryId: g.countryId } : {}),
    ...(g.cap !== undefined ? { cap: g.cap } : {}),
  }));
  const input: ForecastInput = {
    target: spec.target,
    sites,
    at: spec.at,
    ...(spec.deadline !== undefined ? { deadline: spec.deadline } : {}),
    ...(spec.countryCaps ? { countryCaps: spec.countryCaps } : {}),
    thinning: {
      screenFailure: spec.screenFailure ?? 0,
      dropout: spec.dropout ?? 0,
      countEvaluable: spec.countEvaluable ?? false,
    },
  };
  return { ok: true, input };
}

function toOpening(o: ForecastSpec['siteGroups'][number]['opensAt']): Opening {
  if (typeof o === 'number') return { kind: 'fixed', month: o };
  if ('uniform' in o) return { kind: 'uniform', min: o.uniform[0], max: o.uniform[1] };
  return { kind: 'triangular', min: o.triangular[0], mode: o.triangular[1], max: o.triangular[2] };
}
