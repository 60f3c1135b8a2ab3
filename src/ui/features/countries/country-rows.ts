import type { ReferenceCountry } from '../../../domain/reference/index';
import { referenceData } from '../../../domain/reference/index';
import type { Workspace } from '../../../domain/workspace/index';
import {
  resolveCountryParameters,
  type CountryParameterKey,
  type ResolvedParameter,
} from '../../../engine/evaluation/country-parameters';
import { choosePathway } from '../../../engine/evaluation/pathway-choice';

export interface CountryRow {
  iso2: string;
  name: string;
  region: string;
  authority: string;
  pathwayId: string;
  pathwayName: string;
  inWorkspace: boolean;
  currency: string;
  params: Record<CountryParameterKey, ResolvedParameter>;
  overrideCount: number;
  country: ReferenceCountry;
}

/** One row per reference country with its parameters resolved against the workspace's overrides. */
export function buildCountryRows(workspace: Workspace): CountryRow[] {
  const selections = new Map(workspace.countries.map((c) => [c.iso2, c]));
  const authorities = new Map(referenceData.authorities.map((a) => [a.id, a]));
  return referenceData.countries.map((country) => {
    const selection = selections.get(country.iso2);
    const pathway = choosePathway(country, workspace.study.plannedFirstSubmission, selection?.pathwayId);
    const params = resolveCountryParameters(country, selection, {
      therapeuticArea: workspace.study.therapeuticArea,
      submission: workspace.study.plannedFirstSubmission,
      pathway,
    });
    return {
      iso2: country.iso2,
      name: country.name,
      region: country.region,
      authority: authorities.get(country.authorityId)?.name ?? country.authorityId,
      pathwayId: pathway.id,
      pathwayName: pathway.name,
      inWorkspace: selection !== undefined,
      currency: country.currency,
      params,
      overrideCount: Object.keys(selection?.overrides ?? {}).length,
      country,
    };
  });
}
