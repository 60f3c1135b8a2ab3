import type { DataColumn } from '../../components/table/index';
import { ProvenanceValue } from '../../components/provenance/ProvenanceValue';
import type { CountryParameterKey } from '../../../engine/evaluation/country-parameters';
import type { CountryRow } from './country-rows';

const param = (
  key: CountryParameterKey,
  header: string,
  digits = 0,
  hidden = false,
): DataColumn<CountryRow> => ({
  id: key,
  header,
  value: (r) => r.params[key].value.mode,
  render: (r) => (
    <ProvenanceValue value={r.params[key].value} origin={r.params[key].origin} digits={digits} />
  ),
  align: 'end',
  filter: 'number',
  width: 150,
  hidden,
});

export const COUNTRY_COLUMNS: DataColumn<CountryRow>[] = [
  {
    id: 'inWorkspace',
    header: 'In plan',
    value: (r) => (r.inWorkspace ? 'yes' : 'no'),
    render: (r) =>
      r.inWorkspace ? <span className="badge">in workspace</span> : <span className="muted">—</span>,
    width: 110,
    groupable: true,
  },
  { id: 'name', header: 'Country', value: (r) => r.name, hideable: false, width: 160 },
  { id: 'iso2', header: 'ISO', value: (r) => r.iso2, width: 60 },
  { id: 'region', header: 'Region', value: (r) => r.region, groupable: true, width: 140 },
  { id: 'authority', header: 'Authority', value: (r) => r.authority, width: 180, hidden: true },
  { id: 'pathway', header: 'Pathway', value: (r) => r.pathwayName, width: 200 },
  param('regulatoryDays', 'Regulatory (d)'),
  param('ethicsDays', 'Ethics (d)'),
  param('contractDays', 'Contract (d)'),
  param('initiationDays', 'Initiation (d)', 0, true),
  param('pNeverActivate', 'Never activate', 2, true),
  param('recruitmentMultiplier', 'Recruitment ×', 2),
  param('perPatientCostIndex', 'Cost index', 2),
  param('siteStartupFee', 'Start-up fee (local)', 0, true),
  { id: 'currency', header: 'Currency', value: (r) => r.currency, width: 80, hidden: true },
  {
    id: 'overrides',
    header: 'Overrides',
    value: (r) => r.overrideCount,
    render: (r) => (r.overrideCount > 0 ? <span className="override">✎ {r.overrideCount}</span> : ''),
    align: 'end',
    width: 90,
  },
];
