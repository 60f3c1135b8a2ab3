import { z } from 'zod';

/**
 * One study of the ClinicalTrials.gov extract (data/ctgov/README.md): one JSON object per line.
 * Only the fields the benchmarks use are checked; unknown fields pass through untouched, and every
 * field the derivation does not strictly need may be null or absent.
 */
export const ctgovStudySchema = z.object({
  nct: z.string().regex(/^NCT\d{8}$/, 'an NCT id like NCT01234567'),
  title: z.string().nullish(),
  phase: z.string().nullish(),
  sponsorClass: z.string().nullish(),
  conditions: z.array(z.string()).nullish(),
  mesh: z.array(z.string()).nullish(),
  enrollment: z.number().int().nonnegative().nullish(),
  start: z
    .string()
    .regex(/^\d{4}-\d{2}$/, 'YYYY-MM')
    .nullish(),
  primaryCompletion: z
    .string()
    .regex(/^\d{4}-\d{2}$/, 'YYYY-MM')
    .nullish(),
  primaryTimeFrame: z.string().nullish(),
  recruitmentDetails: z.string().nullish(),
  sitesByCountry: z.record(z.string(), z.number().int().nonnegative()).nullish(),
});
export type CtgovStudy = z.infer<typeof ctgovStudySchema>;

/** A line that could not be read: 1-based line number, field path and reason. */
export interface CtgovLineError {
  line: number;
  field: string;
  reason: string;
}

/**
 * Parses JSON Lines text into studies. Blank lines are skipped; a malformed line is reported with
 * its line number, field and reason and does not stop the others (the caller decides whether any
 * error is fatal).
 */
export function parseCtgovJsonl(text: string): { studies: CtgovStudy[]; errors: CtgovLineError[] } {
  const studies: CtgovStudy[] = [];
  const errors: CtgovLineError[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      errors.push({
        line: i + 1,
        field: '(line)',
        reason: `not JSON: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    const parsed = ctgovStudySchema.safeParse(value);
    if (parsed.success) studies.push(parsed.data);
    else {
      const issue = parsed.error.issues[0]!;
      errors.push({ line: i + 1, field: issue.path.join('.') || '(study)', reason: issue.message });
    }
  }
  return { studies, errors };
}
