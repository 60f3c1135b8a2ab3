import type { CountryParameterKey } from '../../../engine/evaluation/country-parameters';
import type { CountryRow } from './country-rows';

export interface MapMetric {
  id: CountryParameterKey;
  label: string;
  digits: number;
  value: (row: CountryRow) => number;
}

/** The country parameters the map can be coloured by, with how many decimals its legend shows. */
const MAP_PARAMETERS: readonly Omit<MapMetric, 'value'>[] = [
  { id: 'regulatoryDays', label: 'Regulatory review, most likely (days)', digits: 0 },
  { id: 'ethicsDays', label: 'Ethics review, most likely (days)', digits: 0 },
  { id: 'contractDays', label: 'Contract & budget, most likely (days)', digits: 0 },
  { id: 'perPatientCostIndex', label: 'Per-patient cost index (US = 1)', digits: 2 },
  { id: 'recruitmentMultiplier', label: 'Recruitment multiplier for the study’s area', digits: 2 },
];

/** Metrics the map can be coloured by: each parameter's most likely value, after overrides. */
export const MAP_METRICS: MapMetric[] = MAP_PARAMETERS.map((m) => ({
  ...m,
  value: (r) => r.params[m.id].value.mode,
}));

/** The "Colour the map by" choices. */
export const METRIC_OPTIONS = MAP_METRICS.map((m) => ({ value: m.id, label: m.label }));
