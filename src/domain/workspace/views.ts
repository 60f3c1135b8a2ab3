import { z } from 'zod';
import { recordId } from './ids';

/**
 * What the user last chose to look at, kept with the workspace so that it survives leaving a
 * screen, a reload, a saved file and a share link (issue 13: the report selection reset, so the
 * first deck and PDF were single-scenario; links lost the comparison). Ids of scenarios deleted
 * since are ignored where the view is used, not refused: a stale view must never block opening.
 */
export const viewsSchema = z.object({
  report: z.object({ scenarioIds: z.array(recordId).max(50) }).optional(),
  compare: z.object({ scenarioIds: z.array(recordId).max(50), baselineId: recordId.optional() }).optional(),
});

export type Views = z.infer<typeof viewsSchema>;
