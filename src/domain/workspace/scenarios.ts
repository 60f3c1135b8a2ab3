import { z } from 'zod';
import { iso2, recordId } from './ids';

/**
 * One country in a scenario: either a number of generic sites (priors from country defaults) or
 * named sites from the workspace list. `cap` stops the country at that many randomised patients
 * (competitive enrollment); `minShare` is a regional-ratio floor the scenario must meet.
 */
/** Most generic sites one country of a scenario may ask for (named sites are not limited). */
export const MAX_GENERIC_SITES = 500;

export const scenarioCountrySchema = z.object({
  iso2,
  siteCount: z.number().int().min(0).max(MAX_GENERIC_SITES).default(0),
  siteIds: z.array(recordId).max(20_000).default([]),
  useNamedSites: z.boolean().default(false),
  cap: z.number().int().min(0).max(1_000_000).optional(),
  minShare: z.number().min(0).max(1).optional(),
});

export const scenarioSchema = z.object({
  id: recordId,
  name: z.string().trim().min(1, 'Scenario name is required').max(200),
  description: z.string().max(2000).default(''),
  countries: z.array(scenarioCountrySchema).max(300),
  cro: z.object({
    globalId: recordId.optional(),
    byRegion: z.record(z.string().max(100, 'A region name is at most 100 characters'), recordId).default({}),
  }),
  /** Assumption overrides for this scenario only: reference field path → value. */
  overrides: z.record(z.string(), z.number()).default({}),
  /**
   * Whether this scenario starts from the running trial's actual enrollment (workspace.actuals):
   * the plan of record and what-ifs made from it ("add 10 sites now") do; a pre-trial alternative
   * keeps its pre-trial numbers. Off when absent, so that importing actuals never silently changes
   * every scenario (issue 13). Absent means false.
   */
  startsFromActuals: z.boolean().optional(),
  /**
   * EU reporting member state of the scenario's CTR application (Reg. (EU) 536/2014 Art. 5), ISO
   * 3166-1 alpha-2: its public holidays count the CTR clock. Optional (added after schema v3
   * shipped): absent = the EU member state with the most sites in the scenario
   * (engine/evaluation/reporting-member-state.ts).
   */
  euReportingMemberState: z
    .string()
    .regex(/^[A-Z]{2}$/, 'The reporting member state is a two-letter country code, e.g. DE')
    .optional(),
});

export type ScenarioCountry = z.infer<typeof scenarioCountrySchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
