import type { CountryParameterKey } from '../../../engine/evaluation/country-parameters';
import type { CountryRow } from './country-rows';

export interface MapMetric {
  id: CountryParameterKey;
  label: string;
  digits: number;
  value: (row: CountryRow) => number;
}

/** Metrics the map can be coloured by (most likely values, after overrides). */
export const MAP_METRICS: MapMetric[] = [
  {
    id: 'regulatoryDays',
    label: 'Regulatory review, most likely (days)',
    digits: 0,
    value: (r) => r.params.regulatoryDays.value.mode,
  },
  {
    id: 'ethicsDays',
    label: 'Ethics review, most likely (days)',
    digits: 0,
    value: (r) => r.params.ethicsDays.value.mode,
  },
  {
    id: 'contractDays',
    label: 'Contract & budget, most likely (days)',
    digits: 0,
    value: (r) => r.params.contractDays.value.mode,
  },
  {
    id: 'perPatientCostIndex',
    label: 'Per-patient cost index (US = 1)',
    digits: 2,
    value: (r) => r.params.perPatientCostIndex.value.mode,
  },
  {
    id: 'recruitmentMultiplier',
    label: 'Recruitment multiplier for the study’s area',
    digits: 2,
    value: (r) => r.params.recruitmentMultiplier.value.mode,
  },
];
