import {
  formatDate,
  formatDateAfterMonths,
  formatDateRange,
  formatInteger,
  formatMoney,
  formatNumber,
  formatPercent,
  formatShare,
} from '../../domain/format';
import { scenarioLabel } from '../deck/contents-line';
import type { ReportModel, ReportScenario } from '../deck/report-model';
import { fanChart, fanScale, type FanChart } from './one-pager-chart';
import { pdfSafe } from './pdf-safe';

export { pdfSafe };
export type { AxisTick, Box, FanChart } from './one-pager-chart';

/**
 * The PDF one-pager as data (issue 18): the chosen scenarios — at most three — side by side on one
 * A4 landscape page, under the recommendation in words, each with its headline dates, P(deadline),
 * cost, sites, regional requirements and an enrollment fan with dated axes; the footer says which
 * workspace, when, which seed and whether actuals are in. Geometry in millimetres, so the layout is
 * checked without a PDF library.
 */

export interface OnePagerColumn {
  x: number;
  w: number;
  heading: string;
  /** "Rank 1 · score 72" when the scenarios were compared. */
  rank: string | undefined;
  kpis: { label: string; value: string }[];
  requirements: string[];
  chart: FanChart;
  /** "Largest shares: United States 60.0%, Japan 20.0%, …". */
  countries: string;
}

export interface OnePagerModel {
  fileTitle: string;
  page: { width: number; height: number; margin: number };
  title: string;
  subtitle: string;
  recommendation: string[];
  columns: OnePagerColumn[];
  notes: string[];
  footer: string;
}

/** A4 landscape, millimetres: three columns of about 86 mm side by side. */
export const PAGE = { width: 297, height: 210, margin: 12 } as const;
/** Where the column area and each column's chart sit (the recommendation has the space above). */
export const LAYOUT = {
  columnsTop: 74,
  chartTop: 136,
  chartHeight: 36,
  columnGap: 8,
  yAxisRoom: 13,
} as const;
/** Side by side stays readable up to three columns; the rest are named in a note. */
export const MAX_COLUMNS = 3;

/** The recommended scenario first when the report carries a ranking; otherwise the order chosen. */
function chosen(model: ReportModel): ReportScenario[] {
  const rank = new Map(model.decision?.ranking.map((r) => [r.id, r.rank]) ?? []);
  return [...model.scenarios].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}

function kpis(s: ReportScenario, start: string): OnePagerColumn['kpis'] {
  const h = s.headline;
  const date = (m: number) => formatDateAfterMonths(start, m);
  const cost = s.cost;
  return [
    { label: `${h.long} (P50)`, value: date(h.p50) },
    { label: 'P10–P90', value: formatDateRange(start, h.p10, h.p90) },
    ...(h.id === 'topline' ? [{ label: 'Last patient in (P50)', value: date(s.timeToTarget.p50) }] : []),
    { label: 'P(target by deadline)', value: formatPercent(s.pReachByDeadline) },
    { label: 'First site activated (P50)', value: date(s.firstSiteActivatedP50) },
    {
      label: 'Cost (P50)',
      value: cost ? formatMoney(cost.p50 ?? cost.expected, cost.currency) : 'not computed',
    },
    ...(cost
      ? [
          {
            label: 'Cost P10–P90',
            value: `${formatMoney(cost.p10, cost.currency)} – ${formatMoney(cost.p90, cost.currency)}`,
          },
        ]
      : []),
    {
      label: 'Sites',
      value: `${formatInteger(s.siteCount)} in ${s.countryCount} ${s.countryCount === 1 ? 'country' : 'countries'}`,
    },
  ];
}

const STATUS: Record<string, string> = { met: 'met', 'at-risk': 'at risk', 'not-met': 'not met' };

/** Each filing market: the comparison's P(met) and status when it ran, else the expected share against the threshold. */
function requirements(model: ReportModel, s: ReportScenario): string[] {
  const computed = model.decision?.requirements.filter((r) => r.scenario === s.name) ?? [];
  return s.regional.map((r) => {
    const c = computed.find((x) => x.market === r.market);
    const head = `${r.market} >= ${formatShare(r.required)}`;
    return c
      ? `${head}: ${STATUS[c.status] ?? c.status} (expected ${formatShare(c.expected)}, P(met) ${formatPercent(c.probability)})`
      : `${head}: ${r.met ? 'met' : 'not met'} (expected ${formatShare(r.expected)})`;
  });
}

function column(
  model: ReportModel,
  s: ReportScenario,
  x: number,
  w: number,
  scale: ReturnType<typeof fanScale>,
) {
  const rank = model.decision?.ranking.find((r) => r.id === s.id);
  const top = [...s.countries].sort((a, b) => b.expectedShare - a.expectedShare).slice(0, 4);
  return {
    x,
    w,
    heading: scenarioLabel(s),
    rank: rank ? `Rank ${rank.rank} · score ${formatNumber(rank.composite, 0)}` : undefined,
    kpis: kpis(s, model.meta.plannedFirstSubmission),
    requirements: requirements(model, s),
    chart: fanChart(s, model.meta.targetRandomised, scale, {
      x: x + LAYOUT.yAxisRoom,
      y: LAYOUT.chartTop,
      w: w - LAYOUT.yAxisRoom - 2,
      h: LAYOUT.chartHeight,
    }),
    countries: `Largest shares: ${top.map((c) => `${c.name} ${formatShare(c.expectedShare)}`).join(', ')}${s.countries.length > top.length ? `; ${s.countries.length - top.length} more` : ''}.`,
  };
}

/** Workspace, date, seed and actuals, then what makes the numbers reproducible. */
function footer(model: ReportModel): string {
  const m = model.meta;
  const asOf = [
    ...new Set(model.scenarios.flatMap((s) => (s.actualsAsOf ? [formatDate(s.actualsAsOf)] : []))),
  ];
  const actuals = m.actualsIncluded
    ? `actuals included${asOf.length ? ` (to ${asOf.join(', ')})` : ''}`
    : 'actuals not included';
  const time = m.generatedAt.slice(11, 16);
  return `Workspace "${m.studyName}" · generated ${formatDate(m.generatedAt.slice(0, 10))}${time ? ` ${time} UTC` : ''} · seed ${m.seed} · ${actuals} · Monte Carlo ${m.runs.toLocaleString('en-US')} runs · MRCT Planner ${m.appVersion}, workspace schema v${m.schemaVersion} · ${model.sources.length} reference sources, each assumption's in the full report.`;
}

function safe(model: OnePagerModel): OnePagerModel {
  return {
    ...model,
    title: pdfSafe(model.title),
    subtitle: pdfSafe(model.subtitle),
    recommendation: model.recommendation.map(pdfSafe),
    columns: model.columns.map((c) => ({
      ...c,
      heading: pdfSafe(c.heading),
      rank: c.rank === undefined ? undefined : pdfSafe(c.rank),
      kpis: c.kpis.map((k) => ({ label: pdfSafe(k.label), value: pdfSafe(k.value) })),
      requirements: c.requirements.map(pdfSafe),
      countries: pdfSafe(c.countries),
    })),
    notes: model.notes.map(pdfSafe),
    footer: pdfSafe(model.footer),
  };
}

export function buildOnePagerModel(model: ReportModel): OnePagerModel {
  const m = model.meta;
  const all = chosen(model);
  const shown = all.slice(0, MAX_COLUMNS);
  const left = all.slice(MAX_COLUMNS);
  const inner = PAGE.width - 2 * PAGE.margin;
  const n = Math.max(1, shown.length);
  const w = (inner - LAYOUT.columnGap * (n - 1)) / n;
  const scale = fanScale(shown, m.targetRandomised, m.plannedFirstSubmission);
  const headline = shown[0]?.headline.long.toLowerCase() ?? 'last patient in';
  return safe({
    fileTitle: m.studyName,
    page: PAGE,
    title: m.studyName,
    subtitle: `${shown.length === 1 ? 'One scenario' : `${shown.length} scenarios side by side`}; target ${formatInteger(m.targetRandomised)} randomised by ${formatDate(m.enrollmentDeadline)}; first submission ${formatDate(m.plannedFirstSubmission)}; dates are P50 unless a range is given; cost in ${m.reportingCurrency}.`,
    recommendation: model.decision?.recommendation ?? [],
    columns: shown.map((s, i) => column(model, s, PAGE.margin + i * (w + LAYOUT.columnGap), w, scale)),
    notes: [
      ...(left.length
        ? [
            `${left.length} more scenario${left.length === 1 ? ' is' : 's are'} in the full report: ${left.map((s) => s.name).join('; ')}.`,
          ]
        : []),
      `Headline date: ${headline}. Fan: P10, P50 (bold) and P90 of cumulative randomised patients; red dashes: target; grey dashes: enrollment deadline.`,
    ],
    footer: footer(model),
  });
}
