import { SITE_TYPES } from '../../../domain/workspace/index';
import type { Investigator, Site } from '../../../domain/workspace/index';
import {
  checkInvestigatorPatch,
  checkSitePatch,
  updateInvestigator,
  updateSite,
} from '../../../state/actions/sites';
import { NOT_A_NUMBER, parseDecimal } from '../../components/form';
import type { CellEditor, DataColumn } from '../../components/table/index';
import type { SiteRow } from './prior-inputs';

type NumberField<T> = Exclude<
  { [K in keyof T]-?: T[K] extends number | undefined ? K : never }[keyof T],
  undefined
> &
  string;

/** '' → undefined (field cleared); a decimal (comma or point) → number; anything else → NaN (refused). */
export function parseNumberInput(raw: string): number | undefined {
  return raw.trim() === '' ? undefined : parseDecimal(raw);
}

function numberReason(raw: string, optional: boolean): string | null {
  const n = parseNumberInput(raw);
  if (n === undefined) return optional ? null : NOT_A_NUMBER;
  return Number.isNaN(n) ? NOT_A_NUMBER : null;
}

function siteNumberEditor(field: NumberField<Site>, optional: boolean): CellEditor<SiteRow> {
  return {
    kind: 'number',
    validate: (row, raw) =>
      numberReason(raw, optional) ?? checkSitePatch(row.site, { [field]: parseNumberInput(raw) }),
    commit: (row, raw) => void updateSite(row.site.id, { [field]: parseNumberInput(raw) }),
  };
}

function piNumberEditor(field: NumberField<Investigator>, optional: boolean): CellEditor<SiteRow> {
  return {
    kind: 'number',
    initial: (row) => (row.pi?.[field] === undefined ? '' : String(row.pi[field])),
    validate: (row, raw) => {
      if (!row.pi) return 'This site has no PI; assign one in the site panel';
      return (
        numberReason(raw, optional) ?? checkInvestigatorPatch(row.pi, { [field]: parseNumberInput(raw) })
      );
    },
    commit: (row, raw) => void (row.pi && updateInvestigator(row.pi.id, { [field]: parseNumberInput(raw) })),
  };
}

const textEditor = (field: 'name' | 'city'): CellEditor<SiteRow> => ({
  kind: 'text',
  validate: (row, raw) => checkSitePatch(row.site, { [field]: raw }),
  commit: (row, raw) => void updateSite(row.site.id, { [field]: raw.trim() }),
});

const two = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(2));
const flagsOf = (row: SiteRow) => [...row.site.qualityFlags, ...(row.pi?.qualityFlags ?? [])];

/** The Sites & PIs table columns (module scope: stable for the table). */
export const SITE_COLUMNS: DataColumn<SiteRow>[] = [
  { id: 'name', header: 'Site', value: (r) => r.site.name, width: 210, hideable: false },
  { id: 'id', header: 'Id', value: (r) => r.site.id, width: 72 },
  { id: 'country', header: 'Country', value: (r) => r.site.country, width: 76, groupable: true },
  {
    id: 'city',
    header: 'City',
    value: (r) => r.site.city,
    width: 110,
    edit: textEditor('city'),
    hidden: true,
  },
  {
    id: 'siteType',
    header: 'Type',
    value: (r) => r.site.siteType,
    width: 104,
    groupable: true,
    edit: {
      kind: 'select',
      options: SITE_TYPES.map((t) => ({ value: t, label: t })),
      validate: (row, raw) => checkSitePatch(row.site, { siteType: raw as Site['siteType'] }),
      commit: (row, raw) => void updateSite(row.site.id, { siteType: raw as Site['siteType'] }),
    },
  },
  {
    id: 'scenarios',
    header: 'Scenarios',
    value: (r) => r.scenarioNames.join('; '),
    width: 150,
    render: (r) =>
      r.scenarioNames.length === 0 ? (
        <span className="muted">none</span>
      ) : (
        <span title={r.scenarioNames.join('\n')}>
          {r.scenarioNames.length === 1 ? r.scenarioNames[0] : `${r.scenarioNames.length} scenarios`}
        </span>
      ),
  },
  { id: 'pi', header: 'PI', value: (r) => r.pi?.name, width: 140, groupable: true },
  {
    id: 'prior',
    header: 'Prior /mo (90%)',
    value: (r) => r.prior?.mean,
    width: 150,
    align: 'end',
    filter: 'number',
    render: (r) =>
      r.prior ? (
        <span>
          <strong>{two(r.prior.mean)}</strong>{' '}
          <span className="muted">
            ({two(r.prior.interval90.low)}–{two(r.prior.interval90.high)})
          </span>
        </span>
      ) : (
        <span className="muted" title={r.priorProblem ?? ''}>
          n/a
        </span>
      ),
  },
  {
    id: 'specialty',
    header: 'Specialty',
    value: (r) => r.pi?.specialty,
    width: 140,
    groupable: true,
    hidden: true,
  },
  {
    id: 'piTrials',
    header: 'PI trials',
    value: (r) => r.pi?.trialsInArea,
    width: 80,
    align: 'end',
    filter: 'number',
    edit: piNumberEditor('trialsInArea', false),
  },
  {
    id: 'piPast',
    header: 'PI past /mo',
    value: (r) => r.pi?.pastEnrollmentPerMonth,
    width: 80,
    align: 'end',
    filter: 'number',
    edit: piNumberEditor('pastEnrollmentPerMonth', true),
  },
  {
    id: 'selfEstimate',
    header: 'Site est. /mo',
    value: (r) => r.site.selfEstimatePerMonth,
    width: 80,
    align: 'end',
    filter: 'number',
    edit: siteNumberEditor('selfEstimatePerMonth', true),
  },
  {
    id: 'competing',
    header: 'Competing',
    value: (r) => r.site.competingTrials,
    width: 88,
    align: 'end',
    filter: 'number',
    edit: siteNumberEditor('competingTrials', false),
  },
  {
    id: 'startup',
    header: 'Start-up d',
    value: (r) => r.site.lastStartupDays,
    width: 86,
    align: 'end',
    filter: 'number',
    edit: siteNumberEditor('lastStartupDays', true),
  },
  {
    id: 'cap',
    header: 'Cap',
    value: (r) => r.site.capPatients,
    width: 70,
    align: 'end',
    filter: 'number',
    hidden: true,
    edit: siteNumberEditor('capPatients', true),
  },
  {
    id: 'flags',
    header: 'Quality flags',
    value: (r) => flagsOf(r).join('; '),
    width: 96,
    render: (r) => {
      const flags = flagsOf(r);
      return flags.length === 0 ? (
        <span className="muted">—</span>
      ) : (
        <span className="badge badge--low" title={flags.join('\n')}>
          {flags.length} flag{flags.length > 1 ? 's' : ''}
        </span>
      );
    },
  },
];
