import { z } from 'zod';
import { isoDate } from '../dates';
import { V3_ENDPOINT } from './migrations-v3/endpoints';
import { monthsField, shareField } from './number-fields';

/**
 * The study's primary analysis: when does the trial read out?
 * - enrollment-driven: a fixed follow-up of `followUpMonths` after last patient in (LPI);
 * - event-driven: when `requiredEvents` deaths/progressions have been observed (docs/events.md):
 *   control-arm exponential hazard from its median (ln 2/median), or piecewise per month; the
 *   experimental arm's hazard is `hazardRatio` × control (proportional hazards); `allocation` is
 *   the share randomised to the experimental arm; dropout is an independent exponential competing
 *   risk given as the share lost per year (hazard −ln(1 − r)/12 per month).
 * Then database lock `dbLockLagMonths` after the last follow-up or required event, and topline
 * results `toplineLagMonths` after lock. Every field is kept whatever the kind, so switching back
 * and forth loses nothing.
 */
export const ENDPOINT_KINDS = ['enrollment', 'events'] as const;
export const SCORE_MILESTONES = ['lpi', 'topline'] as const;

export const hazardPieceSchema = z.object({
  fromMonth: monthsField('A piece start', 600),
  hazardPerMonth: z
    .number({ error: 'A hazard must be a number per month' })
    .gt(0, 'A hazard must be above 0 per month')
    .max(10, 'A hazard above 10 per month is not plausible'),
});

export const endpointSchema = z
  .object({
    kind: z.enum(ENDPOINT_KINDS, { error: 'Choose enrollment-driven or event-driven' }),
    followUpMonths: monthsField('Follow-up', 240),
    requiredEvents: z
      .number({ error: 'Required events must be a number' })
      .int('Required events must be a whole number')
      .min(1, 'At least 1 event is required'),
    controlMedianMonths: z
      .number({ error: 'Control median must be a number of months' })
      .gt(0, 'Control median must be above 0 months')
      .max(600, 'Control median above 600 months is not supported'),
    /** Piecewise control hazard (per month); overrides the median when not empty. */
    controlHazardPieces: z.array(hazardPieceSchema).max(20, 'At most 20 hazard pieces'),
    hazardRatio: z
      .number({ error: 'Hazard ratio must be a number' })
      .gt(0, 'Hazard ratio must be above 0')
      .max(10, 'Hazard ratio above 10 is not plausible'),
    allocation: z
      .number({ error: 'Allocation must be a number' })
      .gt(0, 'Allocation to the experimental arm must be above 0%')
      .lt(1, 'Allocation to the experimental arm must be below 100%'),
    dropoutRatePerYear: shareField('Dropout per year', 0.9, 'Dropout above 90% a year is not plausible'),
    dbLockLagMonths: monthsField('Lag to database lock', 36),
    toplineLagMonths: monthsField('Lag to topline', 24),
    /** Which milestone P(deadline) and the speed score use. */
    scoreOn: z.enum(SCORE_MILESTONES, { error: 'Choose last patient in or topline' }),
    /** The deadline for topline results (used when scoreOn is topline). */
    readoutDeadline: isoDate.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.controlHazardPieces.length > 0 && e.controlHazardPieces[0]!.fromMonth !== 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['controlHazardPieces'],
        message: 'The first hazard piece must start at month 0',
      });
    }
    for (let k = 1; k < e.controlHazardPieces.length; k++) {
      if (!(e.controlHazardPieces[k]!.fromMonth > e.controlHazardPieces[k - 1]!.fromMonth)) {
        ctx.addIssue({
          code: 'custom',
          path: ['controlHazardPieces'],
          message: 'Hazard piece start months must increase',
        });
        break;
      }
    }
    if (e.scoreOn === 'topline' && !e.readoutDeadline) {
      ctx.addIssue({
        code: 'custom',
        path: ['readoutDeadline'],
        message: 'Give a topline deadline to score on topline',
      });
    }
  });

export type Endpoint = z.infer<typeof endpointSchema>;

/**
 * What a study without a primary analysis gets (new studies, v2 files): enrollment-driven with no
 * follow-up, so results stay as before; lags typical of industry (database lock ~3 months after
 * last visit, topline ~1 month after lock — industry benchmarks e.g. Tufts CSDD/Veeva data
 * management surveys); event fields filled with neutral oncology-like values, unused until the
 * kind is switched. These are still the values the v2→v3 migration gives, so they are taken from
 * its frozen copy (one source); to change a default, write the new value here, never there.
 */
export const DEFAULT_ENDPOINT: Endpoint = Object.freeze(structuredClone(V3_ENDPOINT) as Endpoint);
