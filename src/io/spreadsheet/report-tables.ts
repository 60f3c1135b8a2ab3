import type { Workspace } from '../../domain/workspace/index';
import { contentsLine } from '../deck/contents-line';
import type { ReportModel } from '../deck/report-model';

/** A plain table for spreadsheets: one header row, then values (null = empty cell). */
export interface SheetTable {
  name: string;
  header: string[];
  rows: (string | number | null)[][];
}

const finite = (v: number | undefined): number | null =>
  v !== undefined && Number.isFinite(v) ? round(v, 4) : null;
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** First sheet: which scenarios the workbook contains, and which numbers include actuals (issue 13). */
function contentsTable(report: ReportModel): SheetTable {
  return {
    name: 'Contents',
    header: ['Scenario id', 'Scenario', 'Includes actuals to', contentsLine(report)],
    rows: report.scenarios.map((s) => [s.id, s.name, s.actualsAsOf ?? null, null]),
  };
}

function scenariosTable(report: ReportModel): SheetTable {
  return {
    name: 'Scenarios',
    header: [
      'Scenario id',
      'Scenario',
      'Countries',
      'Sites',
      'Months to target P10',
      'Months to target P50',
      'Months to target P90',
      'Months to target mean',
      'P(target by deadline)',
      'Deadline (months)',
      'First site activated P50 (months)',
      'First patient in P50 (months)',
      'Expected cost',
      'Cost P10',
      'Cost P90',
      'Currency',
      'Seed',
      'Runs',
    ],
    rows: report.scenarios.map((s) => [
      s.id,
      s.name,
      s.countryCount,
      s.siteCount,
      finite(s.timeToTarget.p10),
      finite(s.timeToTarget.p50),
      finite(s.timeToTarget.p90),
      finite(s.timeToTarget.mean),
      finite(s.pReachByDeadline),
      finite(s.deadlineMonths),
      finite(s.firstSiteActivatedP50),
      finite(s.firstPatientInP50),
      finite(s.cost?.expected),
      finite(s.cost?.p10),
      finite(s.cost?.p90),
      s.cost?.currency ?? report.meta.reportingCurrency,
      report.meta.seed,
      report.meta.runs,
    ]),
  };
}

function countriesTable(report: ReportModel): SheetTable {
  return {
    name: 'Countries',
    header: [
      'Scenario',
      'ISO',
      'Country',
      'Region',
      'Sites',
      'Expected patients',
      'Expected share',
      'Regulatory days',
      'Ethics days',
      'Ethics after regulator',
      'Extra gates days',
      'Contract days',
      'Initiation days',
      'Expected cost',
    ],
    rows: report.scenarios.flatMap((s) => {
      const cost = new Map(s.cost?.byCountry.map((c) => [c.iso2, c.amount]) ?? []);
      return s.countries.map((c) => [
        s.name,
        c.iso2,
        c.name,
        c.region,
        c.sites,
        finite(c.expectedPatients),
        finite(c.expectedShare),
        c.phases.regulatory,
        c.phases.ethics,
        c.phases.ethicsSequential ? 'yes' : 'no',
        c.phases.gates,
        c.phases.contract,
        c.phases.initiation,
        finite(cost.get(c.iso2)),
      ]);
    }),
  };
}

function sitesTable(workspace: Workspace, report: ReportModel): SheetTable {
  const pis = new Map(workspace.investigators.map((i) => [i.id, i.name]));
  const reported = new Set(report.scenarios.map((s) => s.id));
  const usedBy = (siteId: string) =>
    workspace.scenarios
      .filter(
        (sc) =>
          reported.has(sc.id) && sc.countries.some((c) => c.useNamedSites && c.siteIds.includes(siteId)),
      )
      .map((sc) => sc.name)
      .join('; ');
  return {
    name: 'Sites',
    header: [
      'Site id',
      'Site',
      'Country',
      'City',
      'Type',
      'Investigator',
      'Self-estimate (patients/month)',
      'Competing trials',
      'Last start-up (days)',
      'Cap (patients)',
      'Quality flags',
      'In reported scenarios',
    ],
    rows: workspace.sites.map((s) => [
      s.id,
      s.name,
      s.country,
      s.city,
      s.siteType,
      s.investigatorId ? (pis.get(s.investigatorId) ?? s.investigatorId) : null,
      s.selfEstimatePerMonth ?? null,
      s.competingTrials,
      s.lastStartupDays ?? null,
      s.capPatients ?? null,
      s.qualityFlags.join('; '),
      usedBy(s.id),
    ]),
  };
}

function costsTable(report: ReportModel): SheetTable {
  return {
    name: 'Costs',
    header: ['Scenario', 'Breakdown', 'Item', 'Expected amount', 'Currency'],
    rows: report.scenarios.flatMap((s) => {
      if (!s.cost)
        return [
          [
            s.name,
            'not computed',
            'The cost model was not part of this evaluation',
            null,
            report.meta.reportingCurrency,
          ],
        ];
      const names = new Map(s.countries.map((c) => [c.iso2, c.name]));
      const cur = s.cost.currency;
      return [
        [s.name, 'total', 'Expected total', finite(s.cost.expected), cur],
        [s.name, 'total', 'P10', finite(s.cost.p10), cur],
        [s.name, 'total', 'P90', finite(s.cost.p90), cur],
        ...s.cost.byCategory.map((c) => [s.name, 'category', c.label, finite(c.amount), cur]),
        ...s.cost.byCountry.map((c) => [
          s.name,
          'country',
          names.get(c.iso2) ?? c.iso2,
          finite(c.amount),
          cur,
        ]),
      ];
    }),
  };
}

function assumptionsTable(report: ReportModel): SheetTable {
  return {
    name: 'Assumptions',
    header: [
      'ISO',
      'Country',
      'Parameter',
      'Minimum',
      'Most likely',
      'Maximum',
      'Unit',
      'Origin',
      'Confidence',
      'Source',
    ],
    rows: report.assumptions.map((a) => [
      a.iso2,
      a.country,
      a.parameter,
      a.value.min,
      a.value.mode,
      a.value.max,
      a.unit,
      a.kind,
      a.confidence,
      a.source,
    ]),
  };
}

function aboutTable(report: ReportModel): SheetTable {
  const m = report.meta;
  return {
    name: 'About',
    header: ['Field', 'Value'],
    rows: [
      ['Study', m.studyName],
      ['Indication', m.indication],
      ['Target randomised', m.targetRandomised],
      ['Planned first submission', m.plannedFirstSubmission],
      ['Enrollment deadline', m.enrollmentDeadline],
      ['Monte Carlo runs', m.runs],
      ['Seed', m.seed],
      ['App version', m.appVersion],
      ['Workspace schema version', m.schemaVersion],
      ['Generated (UTC)', m.generatedAt],
    ],
  };
}

/** Every table of the export, in sheet order. */
export function buildReportTables(workspace: Workspace, report: ReportModel): SheetTable[] {
  return [
    contentsTable(report),
    scenariosTable(report),
    countriesTable(report),
    costsTable(report),
    sitesTable(workspace, report),
    assumptionsTable(report),
    aboutTable(report),
  ];
}
