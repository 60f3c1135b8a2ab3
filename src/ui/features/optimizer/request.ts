import type { MixRequest } from '../../../engine/optimizer/from-workspace/index';
import type { OptimizerInputs } from './OptimizerForm';

/** Validates the form; returns the engine request, or the errors by field key. */
export function requestFrom(
  inputs: OptimizerInputs,
): { request: MixRequest } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const p = Number(inputs.p);
  if (!(p >= 0.5 && p < 1)) errors.p = 'p must be a number from 0.5 to below 1';
  const q = Number(inputs.regionalConfidence);
  if (!(q >= 0.5 && q < 1)) errors.regionalConfidence = 'Must be a number from 0.5 to below 1';
  const budget = Number(inputs.budget);
  if (inputs.objective === 'budget' && !(budget > 0))
    errors.budget = 'Budget must be a positive number of USD';
  const countries: MixRequest['countries'] = [];
  for (const r of inputs.rows.filter((x) => x.include)) {
    const min = Number(r.min);
    const max = Number(r.max);
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max > 500)
      errors[r.iso2] = 'Whole numbers from 0 to 500';
    else if (min > max) errors[r.iso2] = 'Min must not exceed max';
    else countries.push({ iso2: r.iso2, minSites: min, maxSites: max });
  }
  if (inputs.rows.every((r) => !r.include)) errors.countries = 'Choose at least one country';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    request: {
      countries,
      successProbability: p,
      regionalConfidence: q,
      targetBasis: inputs.evaluable ? 'evaluable' : 'randomised',
      ...(inputs.objective === 'budget' ? { budget } : {}),
      ...(inputs.baseScenarioId ? { baseScenarioId: inputs.baseScenarioId } : {}),
    },
  };
}
