import { z } from 'zod';
import { countrySelectionSchema } from './countries';
import { croSchema } from './cros';
import { scenarioSchema } from './scenarios';
import { actualsSchema, filingMarketSchema, settingsSchema } from './settings';
import { investigatorSchema, siteSchema } from './sites';
import { studySchema } from './study';
import { duplicatesOf as duplicates, quoteId as quoted, workspaceRuleProblems } from './rules';
import { viewsSchema } from './views';

/**
 * Everything the user has entered: the single source of truth that the store holds and files
 * carry. Results are never stored here; the engine derives them.
 */
export const workspaceSchema = z
  .object({
    id: z.string().min(1).max(200),
    study: studySchema,
    countries: z.array(countrySelectionSchema),
    investigators: z.array(investigatorSchema),
    sites: z.array(siteSchema),
    cros: z.array(croSchema),
    scenarios: z.array(scenarioSchema),
    filingMarkets: z.array(filingMarketSchema).default([]),
    settings: settingsSchema,
    actuals: actualsSchema.optional(),
    /** Scenario selections of Report and Compare (see ./views). */
    views: viewsSchema.optional(),
  })
  .superRefine((ws, ctx) => {
    const checkUnique = (
      key: 'countries' | 'investigators' | 'sites' | 'cros' | 'scenarios',
      ids: string[],
    ) => {
      for (const id of duplicates(ids)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `Duplicate id ${quoted(id)}` });
      }
    };
    const keyed: Array<[Parameters<typeof checkUnique>[0], string[]]> = [
      ['countries', ws.countries.map((c) => c.iso2)],
      ['investigators', ws.investigators.map((i) => i.id)],
      ['sites', ws.sites.map((s) => s.id)],
      ['cros', ws.cros.map((c) => c.id)],
      ['scenarios', ws.scenarios.map((s) => s.id)],
    ];
    for (const [key, ids] of keyed) checkUnique(key, ids);
    const piIds = new Set(ws.investigators.map((i) => i.id));
    ws.sites.forEach((site, index) => {
      if (site.investigatorId && !piIds.has(site.investigatorId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sites', index, 'investigatorId'],
          message: `Unknown investigator ${quoted(site.investigatorId)}`,
        });
      }
    });
    const croIds = new Set(ws.cros.map((c) => c.id));
    ws.scenarios.forEach((scenario, si) => {
      const assigned = [scenario.cro.globalId, ...Object.values(scenario.cro.byRegion)];
      for (const croId of assigned) {
        if (croId && !croIds.has(croId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['scenarios', si, 'cro'],
            message: `Unknown CRO ${quoted(croId)}`,
          });
        }
      }
    });
    // The semantic rules the store's actions apply too (./rules): one set at every boundary.
    for (const problem of workspaceRuleProblems(ws))
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

export type Workspace = z.infer<typeof workspaceSchema>;
export type WorkspaceInput = z.input<typeof workspaceSchema>;
