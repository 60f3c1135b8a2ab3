import { z } from 'zod';
import { isoDate } from '../dates';
import { THERAPEUTIC_AREA_IDS } from '../reference/therapeutic-area';
import { currencyCode } from './ids';
import { shareField } from './number-fields';
import { DEFAULT_ENDPOINT, endpointSchema } from './endpoint';

export const PHASES = ['1', '1/2', '2', '2/3', '3', '4'] as const;

/**
 * The trial being planned. Rates are shares in [0, 1): screen failure thins screened patients into
 * randomised ones, dropout thins randomised into evaluable ones (docs/forecast-spec.md).
 */
export const studySchema = z
  .object({
    name: z.string().trim().min(1, 'Give the study a name').max(200, 'At most 200 characters'),
    indication: z.string().trim().min(1, 'Name the indication').max(200, 'At most 200 characters'),
    therapeuticArea: z.enum(THERAPEUTIC_AREA_IDS, {
      error: `Choose a therapeutic area: ${THERAPEUTIC_AREA_IDS.join(', ')}`,
    }),
    phase: z.enum(PHASES, { error: 'Choose a phase' }),
    targetRandomised: z
      .number({ error: 'Target must be a number' })
      .int('Target must be a whole number of patients')
      .min(1, 'Target must be at least 1 patient')
      .max(100_000, 'Target above 100,000 patients is not supported'),
    screenFailureRate: shareField(
      'Screen-failure rate',
      0.95,
      'Screen-failure rate above 95% leaves almost no one to randomise',
    ),
    dropoutRate: shareField('Dropout rate', 0.9, 'Dropout rate above 90% is not plausible'),
    plannedFirstSubmission: isoDate,
    enrollmentDeadline: isoDate,
    reportingCurrency: currencyCode,
    /**
     * Months from last patient in to the last patient's last visit (treatment + follow-up of the
     * last patient), used to cost sites, monitoring and data management through database lock.
     * Optional: absent = the reference default for the area and phase (data/reference/
     * cost-benchmarks.json, e.g. 24 months for phase-3 oncology). Kept deliberately simple: an
     * event-driven readout forecast (issue #19) may later supply this.
     */
    followUpMonths: z
      .number({ error: 'Follow-up must be a number of months' })
      .min(0, 'Follow-up cannot be negative')
      .max(240, 'Follow-up above 240 months (20 years) is not supported')
      .optional(),
    /**
     * Facts that decide China's human-genetic-resources step (engine/evaluation/china-hgr.ts; Decree
     * 717 Art. 21–22, 27–28; MOST Order 21 (2023) Art. 12). Optional (added after schema v3
     * shipped); each absent fact takes its documented default (docs/regulatory-clocks.md).
     */
    chinaHgr: z
      .object({
        /** A foreign party (foreign entity, or one it establishes or actually controls) takes part. Default: yes. */
        foreignParty: z.boolean().optional(),
        /** Chinese HGR (samples or data) are collected or used. Default: yes (trials collect samples). */
        usesHgr: z.boolean().optional(),
        /** Samples leave China (e.g. a central lab abroad). Default: no. */
        exportsMaterials: z.boolean().optional(),
        /** The trial supports marketing in China. Default: China is one of the filing markets. */
        forMarketingInChina: z.boolean().optional(),
      })
      .optional(),
    /** Primary analysis and readout lags (endpoint.ts); v2 files get it from migrations-v3/endpoints.ts. */
    endpoint: endpointSchema.default(() => structuredClone(DEFAULT_ENDPOINT)),
  })
  .superRefine((study, ctx) => {
    if (study.enrollmentDeadline <= study.plannedFirstSubmission) {
      ctx.addIssue({
        code: 'custom',
        path: ['enrollmentDeadline'],
        message: 'The enrollment deadline must come after the first submission',
      });
    }
    const endpoint = study.endpoint;
    if (endpoint.kind === 'events' && endpoint.requiredEvents > study.targetRandomised) {
      ctx.addIssue({
        code: 'custom',
        path: ['endpoint', 'requiredEvents'],
        message: `Required events (${endpoint.requiredEvents}) cannot exceed the ${study.targetRandomised} patients randomised`,
      });
    }
    if (endpoint.readoutDeadline !== undefined && endpoint.readoutDeadline <= study.plannedFirstSubmission) {
      ctx.addIssue({
        code: 'custom',
        path: ['endpoint', 'readoutDeadline'],
        message: 'The topline deadline must come after the first submission',
      });
    }
  });

export type Study = z.infer<typeof studySchema>;
