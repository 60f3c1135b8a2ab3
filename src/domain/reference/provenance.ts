import { z } from 'zod';

/**
 * Provenance: every number in the reference data says where it comes from (`source`), when the
 * source described it (`asOf`) and how far to trust it (`confidence`). A value with no public
 * source says so (`source: "none"`, `unsourced: true`, `confidence: "low"`) and is an obvious
 * input for the user to review rather than a silent default.
 */

export const confidenceSchema = z.enum(['high', 'medium', 'low']);

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const asOfSchema = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?(\/\d{4}(-(0[1-9]|1[0-2]))?)?$/,
    'asOf must be YYYY, YYYY-MM, YYYY-MM-DD or a period YYYY/YYYY (the period the data describe)',
  );

/**
 * The kind of evidence behind a value (docs/reference-data.md, "Confidence rule"):
 * official = statute, regulation, regulator or government statistic; study = peer-reviewed or
 * registry analysis of many trials (with `n`); single = one site, one programme, a vendor or trade
 * press; derived = computed from other sources; proxy = a regional or global figure applied to a
 * country; none = no public source.
 */
export const EVIDENCE_KINDS = ['official', 'study', 'single', 'derived', 'proxy', 'none'] as const;
export const evidenceSchema = z.enum(EVIDENCE_KINDS);
export type Evidence = z.infer<typeof evidenceSchema>;

const provenanceFields = {
  source: z.string().min(1, 'source is required (use "none" when there is no public source)'),
  asOf: asOfSchema,
  confidence: confidenceSchema,
  unsourced: z.boolean().optional(),
  note: z.string().optional(),
  /** Kind of evidence (see EVIDENCE_KINDS); optional until every file carries it. */
  evidence: evidenceSchema.optional(),
  /** Sample size behind a `study` value (trials, sites or patients, as the note says). */
  n: z.number().int().positive().optional(),
  /** Price year of a money amount (its currency's value in that year), when it differs from asOf. */
  priceYear: z.number().int().min(1990).max(2100).optional(),
};

interface ProvenanceLike {
  source: string;
  confidence: string;
  unsourced?: boolean | undefined;
  note?: string | undefined;
}

/** An unsourced record must say source "none", confidence "low" and carry a review note. */
function checkUnsourced(p: ProvenanceLike, ctx: z.RefinementCtx): void {
  if (p.source === 'none' && p.unsourced !== true) {
    ctx.addIssue({ code: 'custom', message: 'source "none" requires unsourced: true', path: ['unsourced'] });
  }
  if (p.unsourced !== true) return;
  if (p.source !== 'none') {
    ctx.addIssue({
      code: 'custom',
      message: 'an unsourced record must have source "none"',
      path: ['source'],
    });
  }
  if (p.confidence !== 'low') {
    ctx.addIssue({
      code: 'custom',
      message: 'an unsourced record must have confidence "low"',
      path: ['confidence'],
    });
  }
  if (!p.note) {
    ctx.addIssue({
      code: 'custom',
      message: 'an unsourced record needs a note saying it is illustrative',
      path: ['note'],
    });
  }
}

/** Provenance of a record (a pathway step, an authority, …) whose numbers sit beside it. */
export const provenanceSchema = z.object(provenanceFields).superRefine(checkUnsourced);
export type Provenance = z.infer<typeof provenanceSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;

function unitSchema(unit?: string) {
  return unit === undefined ? z.string().min(1) : z.literal(unit);
}

/** A point value with provenance, e.g. `{ value: 30, unit: "days", source: "21 CFR 312.40(b)", … }`. */
export function sourcedValue(unit?: string) {
  return z
    .object({ value: z.number().finite(), unit: unitSchema(unit), ...provenanceFields })
    .superRefine(checkUnsourced);
}

/** An estimate as min / most likely (mode) / max with provenance; requires min ≤ mode ≤ max. */
export function sourcedRange(unit?: string) {
  return z
    .object({
      min: z.number().finite(),
      mode: z.number().finite(),
      max: z.number().finite(),
      unit: unitSchema(unit),
      ...provenanceFields,
    })
    .superRefine((r, ctx) => {
      if (!(r.min <= r.mode && r.mode <= r.max)) {
        ctx.addIssue({
          code: 'custom',
          message: `range must satisfy min ≤ mode ≤ max (got ${r.min}/${r.mode}/${r.max})`,
        });
      }
      checkUnsourced(r, ctx);
    });
}

/** Either a point value or a range: for fields where some countries have one and others the other. */
export function sourcedValueOrRange(unit?: string) {
  return z.union([sourcedValue(unit), sourcedRange(unit)]);
}

export type SourcedValue = z.infer<ReturnType<typeof sourcedValue>>;
export type SourcedRange = z.infer<ReturnType<typeof sourcedRange>>;
export type SourcedValueOrRange = SourcedValue | SourcedRange;

/** The most likely number of a value or range (the mode of a range). */
export function mostLikely(v: SourcedValueOrRange): number {
  return 'value' in v ? v.value : v.mode;
}

/** A value or range as a {min, mode, max} triple (a point value has min = mode = max). */
export function asTriple(v: SourcedValueOrRange): { min: number; mode: number; max: number } {
  return 'value' in v
    ? { min: v.value, mode: v.value, max: v.value }
    : { min: v.min, mode: v.mode, max: v.max };
}
