/**
 * Workspace → optimizer spec: the country-mix optimizer (src/engine/optimizer) on the user's
 * study, countries and filing markets.
 */
import type { Workspace } from '../../../domain/workspace/index';
import type { OptimizerSpec } from '../solver/index';
import { MET_PROBABILITY } from './assumptions';
import { countryMixInputs, type CountryInputOptions, type CountryMixInput } from './country-inputs';
import { formatShare } from '../../../domain/format';

export interface MixCountryBound {
  iso2: string;
  minSites: number;
  maxSites: number;
}

export interface MixRequest extends CountryInputOptions {
  countries: MixCountryBound[];
  /** Required P(target reached by the enrollment deadline), ≥ 0.5. */
  successProbability: number;
  /** USD; when set the objective becomes "best P(success) within this budget". */
  budget?: number;
  /**
   * Each filing market's share must be met with at least this probability (default
   * {@link MET_PROBABILITY}); null = only the expected share must reach it.
   */
  regionalConfidence?: number | null;
  /**
   * 'randomised' (default): the target counts randomised patients, as the scenario forecast does.
   * 'evaluable': only patients who do not drop out count (study dropout rate applied).
   */
  targetBasis?: 'randomised' | 'evaluable';
}

export interface BuiltSpec {
  spec: OptimizerSpec;
  countries: CountryMixInput[];
  /** Constraints the optimizer cannot express, so the problem is infeasible as posed. */
  problems: string[];
  warnings: string[];
}

/**
 * Builds the optimizer spec: target = the study's randomised target, window = months from the
 * planned first submission to the enrollment deadline, one entry per requested country (rate
 * moments, costs in USD, opening; see country-inputs.ts), one region per filing market with
 * a positive minimum share (restricted to the requested countries) and one per "Min share %"
 * floor on the base scenario's countries.
 */
export function buildOptimizerSpec(workspace: Workspace, request: MixRequest): BuiltSpec {
  const bounds = new Map(request.countries.map((c) => [c.iso2, c]));
  const inputs = countryMixInputs(workspace, [...bounds.keys()], request);
  const evaluable = request.targetBasis === 'evaluable';
  const dropoutRate = evaluable ? inputs.dropoutRate : 0;
  const chosen = new Set(inputs.countries.map((c) => c.iso2));
  const confidence = request.regionalConfidence === undefined ? MET_PROBABILITY : request.regionalConfidence;
  const problems: string[] = [];
  const regions: OptimizerSpec['regions'] = [];
  for (const market of workspace.filingMarkets) {
    if (!(market.minShare > 0)) continue;
    const members = market.countries.filter((iso2) => chosen.has(iso2));
    if (members.length === 0) {
      problems.push(
        `${market.label} needs ${formatShare(market.minShare)} of patients, but none of its countries (${market.countries.join(', ')}) is among the countries to optimise.`,
      );
      continue;
    }
    regions.push({
      id: market.label,
      countries: members,
      minShare: market.minShare,
      ...(confidence !== null ? { minProbability: confidence } : {}),
    });
  }
  // The base scenario's own "Min share %" floors are constraints too (id `floor-<ISO2>`).
  const base = workspace.scenarios.find((s) => s.id === request.baseScenarioId);
  for (const c of base?.countries ?? []) {
    if (!(c.minShare !== undefined && c.minShare > 0)) continue;
    if (!chosen.has(c.iso2)) {
      problems.push(
        `“${base?.name}” asks ${c.iso2} for at least ${formatShare(c.minShare)} of patients (Min share %), but ${c.iso2} is not among the countries to optimise.`,
      );
      continue;
    }
    regions.push({
      id: `floor-${c.iso2}`,
      countries: [c.iso2],
      minShare: c.minShare,
      ...(confidence !== null ? { minProbability: confidence } : {}),
    });
  }
  const spec: OptimizerSpec = {
    target: workspace.study.targetRandomised,
    windowMonths: inputs.deadlineMonths,
    successProbability: request.successProbability,
    ...(request.budget !== undefined ? { budget: request.budget } : {}),
    countries: inputs.countries.map((c) => {
      const b = bounds.get(c.iso2) ?? { minSites: 0, maxSites: 0 };
      return {
        id: c.iso2,
        rateMean: c.rateMean,
        rateVariance: c.rateVariance,
        minSites: b.minSites,
        maxSites: b.maxSites,
        siteStartupCost: c.siteStartupCost,
        siteMonthlyCost: c.siteMonthlyCost,
        // The optimizer charges per non-dropout patient; the grant is paid per randomised one.
        perPatientCost: c.perPatientCost / (1 - dropoutRate),
        dropoutRate,
        opensAt: c.opensAt,
      };
    }),
    regions,
  };
  return { spec, countries: inputs.countries, problems, warnings: inputs.warnings };
}
