import { useMemo } from 'react';
import { getCountry } from '../../../domain/reference/index';
import {
  resolveCountryParameters,
  type CountryParameterKey,
} from '../../../engine/evaluation/country-parameters';
import { choosePathway } from '../../../engine/evaluation/pathway-choice';
import { useAppStore } from '../../../state/store';
import { ProvenanceValue } from '../../components/provenance/ProvenanceValue';

/**
 * The value a scenario override would replace: the workspace's (reference or the user's country
 * override), with its source on hover or focus. So a scenario-only change is made knowing what it
 * departs from and how well sourced that is.
 */
export function WorkspaceValue({ iso2, param }: { iso2: string; param: CountryParameterKey }) {
  const workspace = useAppStore((s) => s.workspace);
  const resolved = useMemo(() => {
    const country = getCountry(iso2);
    if (!country) return undefined;
    const selection = workspace.countries.find((c) => c.iso2 === iso2);
    const study = workspace.study;
    const pathway = choosePathway(country, study.plannedFirstSubmission, selection?.pathwayId);
    return resolveCountryParameters(country, selection, {
      therapeuticArea: study.therapeuticArea,
      submission: study.plannedFirstSubmission,
      pathway,
    })[param];
  }, [iso2, param, workspace.countries, workspace.study]);
  if (!resolved) return null;
  const u = resolved.unit;
  const digits = u === 'fraction' || u === 'ratio' || u.startsWith('×') ? 2 : 0;
  return (
    <p className="small muted" data-testid="workspace-value">
      Workspace value ({getCountry(iso2)?.name ?? iso2}, {resolved.label.toLowerCase()}):{' '}
      <ProvenanceValue value={resolved.value} origin={resolved.origin} digits={digits} /> {u}
    </p>
  );
}
