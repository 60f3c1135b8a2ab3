import { formatInteger, formatMoney, formatMonths, formatPercent, formatShare } from '../../domain/format';
import { contentsLine, scenarioLabel } from '../deck/contents-line';
import { reproducibilityLine, type ReportModel, type ReportScenario } from '../deck/report-model';

/**
 * The PDF one-pager as data: one A4 page per reported scenario with the headline numbers, the
 * enrollment fan as vector polylines, the country mix and the reproducibility line. Geometry is
 * computed here (millimetres on the page) so it can be checked without a PDF library.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface FanGeometry {
  box: Box;
  /** Polylines in page millimetres (y grows downwards). */
  p10: [number, number][];
  p50: [number, number][];
  p90: [number, number][];
  targetY: number;
  deadlineX: number;
  maxMonth: number;
  maxPatients: number;
}

export interface OnePage {
  title: string;
  subtitle: string;
  kpis: { label: string; value: string }[];
  fan: FanGeometry;
  table: { header: string[]; rows: string[][] };
  notes: string[];
  footer: string;
}

export interface OnePagerModel {
  fileTitle: string;
  pages: OnePage[];
}

/** A4 portrait, millimetres. */
export const PAGE = { width: 210, height: 297, margin: 14 } as const;

/** Maps the curve into `box`: x = months (0 … last month), y = patients (0 … max of P90 and target). */
export function fanGeometry(
  curve: ReportScenario['curve'],
  target: number,
  deadlineMonths: number,
  box: Box,
): FanGeometry {
  const maxMonth = Math.max(1, ...curve.map((p) => p.month), deadlineMonths);
  const maxPatients = Math.max(1, target * 1.05, ...curve.map((p) => p.p90));
  const x = (m: number) => box.x + (m / maxMonth) * box.w;
  const y = (v: number) => box.y + box.h - (v / maxPatients) * box.h;
  const line = (key: 'p10' | 'p50' | 'p90') => curve.map((p) => [x(p.month), y(p[key])] as [number, number]);
  return {
    box,
    p10: line('p10'),
    p50: line('p50'),
    p90: line('p90'),
    targetY: y(target),
    deadlineX: x(deadlineMonths),
    maxMonth,
    maxPatients,
  };
}

function page(model: ReportModel, s: ReportScenario, first: boolean): OnePage {
  const m = model.meta;
  const cost = s.cost;
  const costOf = new Map(cost?.byCountry.map((c) => [c.iso2, c.amount]) ?? []);
  const kpis = [
    { label: 'Target reached (P50)', value: formatMonths(s.timeToTarget.p50) },
    {
      label: 'P10 – P90',
      value: `${formatMonths(s.timeToTarget.p10)} – ${formatMonths(s.timeToTarget.p90)}`,
    },
    { label: 'P(by deadline)', value: formatPercent(s.pReachByDeadline) },
    { label: 'First site active (P50)', value: formatMonths(s.firstSiteActivatedP50) },
    { label: 'Expected cost', value: cost ? formatMoney(cost.expected, cost.currency) : 'not computed' },
  ];
  const inner = PAGE.width - 2 * PAGE.margin;
  return {
    title: m.studyName,
    subtitle: `Scenario: ${scenarioLabel(s)} — ${s.countryCount} countries, ${formatInteger(s.siteCount)} sites; target ${formatInteger(m.targetRandomised)} randomised by ${m.enrollmentDeadline}`,
    kpis,
    fan: fanGeometry(s.curve, m.targetRandomised, s.deadlineMonths, {
      x: PAGE.margin + 12,
      y: 70,
      w: inner - 16,
      h: 70,
    }),
    table: {
      header: ['Country', 'Sites', 'Expected patients', 'Share', ...(cost ? ['Expected cost'] : [])],
      rows: s.countries.map((c) => [
        c.name,
        String(c.sites),
        c.expectedPatients.toFixed(0),
        formatShare(c.expectedShare),
        ...(cost
          ? [costOf.has(c.iso2) ? formatMoney(costOf.get(c.iso2) as number, cost.currency) : '—']
          : []),
      ]),
    },
    notes: [
      ...(first ? [contentsLine(model)] : []),
      ...(cost && cost.byCategory.length
        ? [
            `Expected cost by category: ${cost.byCategory.map((c) => `${c.label} ${formatMoney(c.amount, cost.currency)}`).join('; ')}.`,
          ]
        : []),
      ...s.regional.map(
        (r) =>
          `${r.market}: ${formatShare(r.expected)} expected vs ${formatShare(r.required)} required — ${r.met ? 'met' : 'short'}.`,
      ),
      ...(s.milestones.length
        ? [`Milestones (P50): ${s.milestones.map((x) => `${x.label} ${x.p50 ?? 'not reached'}`).join('; ')}.`]
        : []),
      ...s.warnings.slice(0, 3),
    ],
    footer: `${reproducibilityLine(m)} ${model.sources.length} reference sources; see the full report for each assumption's source.`,
  };
}

const REPLACEMENTS: Record<string, string> = {
  '−': '-',
  '≤': '<=',
  '≥': '>=',
  '∥': '||',
  '→': '->',
  '≈': '~',
  π: 'pi',
  '✎': '*',
};
// Characters the PDF standard fonts can show: Latin-1 plus the WinAnsi extras (dashes, quotes, bullet, ellipsis, euro).
const WIN_ANSI_EXTRAS = new Set('–—‘’“”•…€™'.split(''));

/**
 * Text the PDF's built-in Helvetica (WinAnsi encoding) can draw: common symbols become ASCII and
 * anything else becomes "?", rather than the garbled glyphs jsPDF would otherwise print.
 */
export function pdfSafe(text: string): string {
  return [...text]
    .map((ch) => REPLACEMENTS[ch] ?? (ch.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRAS.has(ch) ? ch : '?'))
    .join('');
}

function safePage(p: OnePage): OnePage {
  return {
    ...p,
    title: pdfSafe(p.title),
    subtitle: pdfSafe(p.subtitle),
    kpis: p.kpis.map((k) => ({ label: pdfSafe(k.label), value: pdfSafe(k.value) })),
    table: { header: p.table.header.map(pdfSafe), rows: p.table.rows.map((r) => r.map(pdfSafe)) },
    notes: p.notes.map(pdfSafe),
    footer: pdfSafe(p.footer),
  };
}

export function buildOnePagerModel(model: ReportModel): OnePagerModel {
  return {
    fileTitle: pdfSafe(model.meta.studyName),
    pages: model.scenarios.map((s, i) => safePage(page(model, s, i === 0))),
  };
}
