import { z } from 'zod';
import { iso2Code, isoDateString, kebabId } from './ids';
import { provenanceSchema, sourcedRange } from './provenance';

export const dayTypeSchema = z.enum(['calendar', 'working']);
export type DayType = z.infer<typeof dayTypeSchema>;

/**
 * One clock step of a regulatory pathway. The clock engine counts `days` of `dayType` from the
 * end of the steps in `after` (default: the previous step; `[]` = from submission), moving a
 * deadline that lands on a weekend/holiday to the next working day when `rollForward` is set
 * (EU Regulation 1182/71 Art. 3(4)). `rfiMaxDays` is the longest extra clock-stop / request for
 * information this step may add.
 */
export const pathwayStepSchema = z.object({
  id: kebabId,
  label: z.string().min(1),
  days: z.number().int().nonnegative(),
  dayType: dayTypeSchema,
  rollForward: z.boolean(),
  rfiMaxDays: z.number().int().nonnegative().optional(),
  rfiDayType: dayTypeSchema.optional(),
  after: z.array(kebabId).optional(),
  /** The start date is day 1 (Korea's Civil Petitions Treatment Act Art. 19(2)); default: day 1 is the next day. */
  countsStartDay: z.boolean().optional(),
  provenance: provenanceSchema,
});
export type PathwayStep = z.infer<typeof pathwayStepSchema>;

export const ethicsModelSchema = z.enum(['central', 'local', 'national', 'institutional', 'mixed']);
export const ethicsRelationSchema = z.enum(['parallel', 'before-regulator', 'after-regulator', 'combined']);

export const pathwayEthicsSchema = z.object({
  model: ethicsModelSchema,
  relation: ethicsRelationSchema,
  /** Typical duration of the ethics review, in calendar days. */
  durationDays: sourcedRange('days'),
  note: z.string().optional(),
});

/** An extra approval on the critical path (import licence, China's HGRAC approval, …). */
export const gateSchema = z.object({
  id: kebabId,
  label: z.string().min(1),
  /** Calendar days. */
  durationDays: sourcedRange('days'),
  appliesWhen: z.string().optional(),
});
export type Gate = z.infer<typeof gateSchema>;

export const pathwaySchema = z
  .object({
    id: kebabId,
    name: z.string().min(1),
    authorityId: kebabId,
    appliesTo: z.array(iso2Code).min(1),
    /** ISO2 of the holiday calendar used to count working days and roll deadlines forward. */
    holidayCalendar: iso2Code,
    steps: z.array(pathwayStepSchema).min(1),
    tacitApproval: z.object({ applies: z.boolean(), note: z.string().min(1) }),
    ethics: pathwayEthicsSchema,
    gates: z.array(gateSchema),
    validFrom: isoDateString.optional(),
    validTo: isoDateString.optional(),
    notes: z.string(),
    provenance: provenanceSchema,
  })
  .superRefine((p, ctx) => {
    const ids = p.steps.map((s) => s.id);
    const seen = new Set<string>();
    p.steps.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({ code: 'custom', message: `duplicate step id "${s.id}"`, path: ['steps', i, 'id'] });
      // A step may only wait for steps listed before it, which also rules out cycles.
      for (const dep of s.after ?? []) {
        if (!seen.has(dep)) {
          const why = ids.includes(dep) ? 'must be listed before it' : 'is not a step of this pathway';
          ctx.addIssue({
            code: 'custom',
            message: `step "${s.id}" waits for "${dep}", which ${why}`,
            path: ['steps', i, 'after'],
          });
        }
      }
      seen.add(s.id);
    });
    if (p.validFrom && p.validTo && p.validFrom > p.validTo) {
      ctx.addIssue({ code: 'custom', message: 'validFrom must not be after validTo', path: ['validTo'] });
    }
  });

export type Pathway = z.infer<typeof pathwaySchema>;
