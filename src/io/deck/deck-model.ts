import { actualsLabel, contentsLine } from './contents-line';
import {
  dateAfterMonths,
  formatDate,
  formatDateAfterMonths,
  formatMonthYear,
  formatInteger,
  formatMoney,
  formatMonths,
  formatNumber,
  formatPercent,
  formatShare,
} from '../../domain/format';
import { reproducibilityLine, type ReportModel, type ReportScenario } from './report-model';

/**
 * The investor deck as data: which slides, their text, tables and native charts, and speaker
 * notes. `renderDeck` turns it into a .pptx; keeping the content here makes it testable without
 * PowerPoint.
 */

export interface DeckChart {
  kind: 'line' | 'bar';
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  categoryAxisTitle: string;
  valueAxisTitle: string;
  /** Bars drawn horizontally (country lists read better that way). */
  horizontal?: boolean;
}

export interface DeckTable {
  header: string[];
  rows: string[][];
}

export interface SlideModel {
  kind: 'title' | 'recommendation' | 'summary' | 'scenario' | 'comparison' | 'requirements' | 'risks';
  title: string;
  subtitle?: string;
  bullets: string[];
  table?: DeckTable;
  charts: DeckChart[];
  notes: string;
}

export interface DeckModel {
  title: string;
  slides: SlideModel[];
}

const MAX_CHART_POINTS = 40;

/** The fan as three native lines (P10, P50, P90) of cumulative randomised patients by month. */
export function fanChart(s: ReportScenario, target: number, start?: string): DeckChart {
  const step = Math.max(1, Math.ceil(s.curve.length / MAX_CHART_POINTS));
  const points = s.curve.filter((_, i) => i % step === 0 || i === s.curve.length - 1);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    kind: 'line',
    title: start
      ? `Cumulative randomised (target ${target}; deadline ${formatDateAfterMonths(start, s.deadlineMonths)})`
      : `Cumulative randomised (target ${target}; deadline month ${s.deadlineMonths.toFixed(1)})`,
    categories: points.map((p) =>
      start ? formatMonthYear(dateAfterMonths(start, p.month)) : String(p.month),
    ),
    series: [
      { name: 'P10', values: points.map((p) => round(p.p10)) },
      { name: 'P50', values: points.map((p) => round(p.p50)) },
      { name: 'P90', values: points.map((p) => round(p.p90)) },
      { name: 'Target', values: points.map(() => target) },
    ],
    categoryAxisTitle: start ? 'Month' : 'Months from first submission',
    valueAxisTitle: 'Patients',
  };
}

/** A milestone's calendar date in the one date style; null (not reached in that share of runs) in words. */
const isoDate = (iso: string | null) => (iso ? formatDate(iso) : 'not reached');

function scenarioKpis(s: ReportScenario, deadline: string, start: string): string[] {
  const t = s.timeToTarget;
  const date = (m: number) => formatDateAfterMonths(start, m);
  const h = s.headline;
  // An event-driven study leads with its readout (engine/decision/headline.ts), as on screen.
  const lead =
    h.id === 'topline' ? [`${h.long} ${date(h.p50)} (P50); P10–P90 ${date(h.p10)} – ${date(h.p90)}`] : [];
  const lines = [
    ...lead,
    `Last patient in ${date(t.p50)} (P50; ${formatMonths(t.p50)} from first submission); P10–P90 ${date(t.p10)} – ${date(t.p90)}`,
    `${formatPercent(s.pReachByDeadline)} probability of reaching the target by the deadline (${formatDate(deadline)})`,
    `${s.countryCount} countries, ${formatInteger(s.siteCount)} sites; first site activated ${date(s.firstSiteActivatedP50)}${
      s.firstPatientInP50 !== undefined ? `, first patient in ${date(s.firstPatientInP50)}` : ''
    } (P50)`,
  ];
  if (s.cost)
    lines.push(
      `Expected cost ${formatMoney(s.cost.expected, s.cost.currency)} (P10–P90 ${formatMoney(s.cost.p10, s.cost.currency)} – ${formatMoney(s.cost.p90, s.cost.currency)})`,
    );
  if (s.cost?.scope) lines.push(`Cost scope: ${s.cost.scope}`);
  const topline = s.milestones.find((x) => x.id === 'topline');
  if (topline && h.id !== 'topline')
    lines.push(
      `Topline ${isoDate(topline.p50)} (P50); P10–P90 ${isoDate(topline.p10)} – ${isoDate(topline.p90)}`,
    );
  for (const r of s.regional)
    lines.push(
      `${r.market}: ${formatShare(r.expected)} of patients expected, ${formatShare(r.required)} required${r.met ? '' : ' — SHORT'}`,
    );
  return lines;
}

function scenarioSlide(model: ReportModel, s: ReportScenario, sourcesNote: string): SlideModel {
  const secondChart: DeckChart = s.cost
    ? {
        kind: 'bar',
        title: `Expected cost by category (${s.cost.currency})`,
        categories: s.cost.byCategory.map((c) => c.label),
        series: [{ name: 'Expected cost', values: s.cost.byCategory.map((c) => Math.round(c.amount)) }],
        categoryAxisTitle: 'Category',
        valueAxisTitle: s.cost.currency,
        horizontal: true,
      }
    : {
        kind: 'bar',
        title: 'Expected randomised patients by country',
        categories: s.countries.map((c) => c.name),
        series: [
          {
            name: 'Expected patients',
            values: s.countries.map((c) => Math.round(c.expectedPatients * 10) / 10),
          },
        ],
        categoryAxisTitle: 'Country',
        valueAxisTitle: 'Patients',
        horizontal: true,
      };
  const charts = [fanChart(s, model.meta.targetRandomised, model.meta.plannedFirstSubmission), secondChart];
  if (s.cost && s.cost.byCountry.length) {
    const names = new Map(s.countries.map((c) => [c.iso2, c.name]));
    charts.push({
      kind: 'bar',
      title: `Expected cost by country (${s.cost.currency})`,
      categories: s.cost.byCountry.map((c) => names.get(c.iso2) ?? c.iso2),
      series: [{ name: 'Expected cost', values: s.cost.byCountry.map((c) => Math.round(c.amount)) }],
      categoryAxisTitle: 'Country',
      valueAxisTitle: s.cost.currency,
      horizontal: true,
    });
  }
  return {
    kind: 'scenario',
    title: `Scenario: ${s.name}`,
    ...(s.description || s.actualsAsOf
      ? { subtitle: [actualsLabel(s), s.description].filter(Boolean).join(' · ') }
      : {}),
    bullets: scenarioKpis(s, model.meta.enrollmentDeadline, model.meta.plannedFirstSubmission),
    charts,
    notes: [
      `Scenario ${s.name}. Countries: ${s.countries.map((c) => `${c.name} (${c.sites} sites, ${formatShare(c.expectedShare)})`).join('; ')}.`,
      s.scenarioOverrides.length ? `Scenario-specific assumptions: ${s.scenarioOverrides.join('; ')}.` : '',
      sourcesNote,
    ]
      .filter(Boolean)
      .join('\n'),
  };
}

function comparisonSlide(model: ReportModel, sourcesNote: string): SlideModel {
  const ss = model.scenarios;
  const charts: DeckChart[] = [
    {
      kind: 'bar',
      title: 'Months to target: P10 / P50 / P90',
      categories: ss.map((s) => s.name),
      series: (['p10', 'p50', 'p90'] as const).map((q) => ({
        name: q.toUpperCase(),
        values: ss.map((s) =>
          Number.isFinite(s.timeToTarget[q]) ? Math.round(s.timeToTarget[q] * 10) / 10 : 0,
        ),
      })),
      categoryAxisTitle: 'Scenario',
      valueAxisTitle: 'Months',
    },
  ];
  if (ss.every((s) => s.cost)) {
    charts.push({
      kind: 'bar',
      title: `Expected cost (${ss[0]?.cost?.currency ?? model.meta.reportingCurrency})`,
      categories: ss.map((s) => s.name),
      series: [
        { name: 'P10', values: ss.map((s) => Math.round(s.cost?.p10 ?? 0)) },
        { name: 'Expected', values: ss.map((s) => Math.round(s.cost?.expected ?? 0)) },
        { name: 'P90', values: ss.map((s) => Math.round(s.cost?.p90 ?? 0)) },
      ],
      categoryAxisTitle: 'Scenario',
      valueAxisTitle: ss[0]?.cost?.currency ?? model.meta.reportingCurrency,
    });
  }
  return {
    kind: 'comparison',
    title: 'Scenario comparison',
    bullets: [],
    table: comparisonTable(model),
    charts,
    notes: `Same seed (${model.meta.seed}) and ${formatInteger(model.meta.runs)} runs for every scenario, so differences are not sampling noise from different seeds.\n${sourcesNote}`,
  };
}

/** Headline numbers of every scenario side by side, as dates, with the ranking when there is one (also on the summary slide). */
export function comparisonTable(model: ReportModel): DeckTable {
  const start = model.meta.plannedFirstSubmission;
  const rank = (id: string) => model.decision?.ranking.find((r) => r.id === id);
  const ordered = model.decision
    ? [...model.scenarios].sort((a, b) => (rank(a.id)?.rank ?? 99) - (rank(b.id)?.rank ?? 99))
    : model.scenarios;
  const date = (m: number) => formatDateAfterMonths(start, m);
  // Every scenario of a study has the same endpoint, so the first one's headline names the columns.
  const lead = model.scenarios[0]?.headline;
  const byTopline = lead?.id === 'topline';
  return {
    header: [
      ...(model.decision ? ['Rank', 'Composite'] : []),
      'Scenario',
      'Countries',
      'Sites',
      ...(byTopline ? [`${lead.long} P50`, `${lead.long} P10–P90`, 'LPI P50'] : ['LPI P50', 'LPI P10–P90']),
      'P(by deadline)',
      'Expected cost',
    ],
    rows: ordered.map((s) => [
      ...(model.decision ? [String(rank(s.id)?.rank ?? '—'), formatNumber(rank(s.id)?.composite, 0)] : []),
      s.name,
      String(s.countryCount),
      formatInteger(s.siteCount),
      ...(byTopline
        ? [
            date(s.headline.p50),
            `${date(s.headline.p10)} – ${date(s.headline.p90)}`,
            date(s.timeToTarget.p50),
          ]
        : [date(s.timeToTarget.p50), `${date(s.timeToTarget.p10)} – ${date(s.timeToTarget.p90)}`]),
      formatPercent(s.pReachByDeadline),
      s.cost ? formatMoney(s.cost.expected, s.cost.currency) : 'not computed',
    ]),
  };
}

/** The recommendation in words and the scores behind the ranking. */
function recommendationSlide(model: ReportModel, notes: string): SlideModel | undefined {
  const d = model.decision;
  if (!d) return undefined;
  return {
    kind: 'recommendation',
    title: 'Recommendation',
    bullets: d.recommendation,
    table: {
      header: ['Rank', 'Scenario', 'Composite', 'Speed', 'Cost', 'Feasibility', 'Regional'],
      rows: d.ranking.map((r) => [
        String(r.rank),
        r.name,
        ...[r.composite, r.speed, r.cost, r.feasibility, r.regional].map((v) => formatNumber(v, 0)),
      ]),
    },
    charts: [],
    notes: `The recommendation is generated from the numbers: the composite score ranks the scenarios (weights from the workspace settings); time and cost differences are against the runner-up. Scores are 0–100, higher is better.\n${notes}`,
  };
}

/** Milestone dates (P50) of each scenario and the filing markets' regional requirements. */
function requirementsSlide(model: ReportModel, notes: string): SlideModel {
  const start = model.meta.plannedFirstSubmission;
  const req =
    model.decision?.requirements ??
    model.scenarios.flatMap((s) =>
      s.regional.map((r) => ({
        scenario: s.name,
        market: r.market,
        required: r.required,
        expected: r.expected,
        probability: Number.NaN,
        status: r.met ? 'met' : 'not-met',
      })),
    );
  return {
    kind: 'requirements',
    title: 'Milestones and regional requirements',
    bullets: model.scenarios.map(
      (s) =>
        `${s.name}: first site activated ${formatDateAfterMonths(start, s.firstSiteActivatedP50)}${s.firstPatientInP50 !== undefined ? `, first patient in ${formatDateAfterMonths(start, s.firstPatientInP50)}` : ''}, last patient in ${formatDateAfterMonths(start, s.timeToTarget.p50)} (P50).`,
    ),
    table: req.length
      ? {
          header: ['Scenario', 'Filing market', 'Required share', 'Expected share', 'P(met)', 'Status'],
          rows: req.map((r) => [
            r.scenario,
            r.market,
            formatShare(r.required),
            formatShare(r.expected),
            Number.isFinite(r.probability) ? formatPercent(r.probability) : '—',
            r.status.replace('-', ' '),
          ]),
        }
      : {
          header: ['Filing market requirements'],
          rows: [['No filing market with a regional share requirement.']],
        },
    charts: [],
    notes: `Regional requirements follow ICH E17 and the regulator's stated minimum share (e.g. MHLW Method 1 for Japan). P(met) is the Monte Carlo probability that the share is reached when the target is.\n${notes}`,
  };
}

function summaryBullets(model: ReportModel): string[] {
  const ss = model.scenarios;
  const bullets = ss.map(
    (s) =>
      `${s.name}: last patient in ${formatDateAfterMonths(model.meta.plannedFirstSubmission, s.timeToTarget.p50)} (P50), ${formatPercent(s.pReachByDeadline)} by the deadline${s.cost ? `, expected ${formatMoney(s.cost.expected, s.cost.currency)}` : ''}`,
  );
  if (ss.length > 1) {
    const best = [...ss].sort(
      (a, b) => b.pReachByDeadline - a.pReachByDeadline || a.timeToTarget.p50 - b.timeToTarget.p50,
    )[0];
    if (best)
      bullets.push(
        `Most likely to meet the ${formatDate(model.meta.enrollmentDeadline)} deadline: ${best.name} (${formatPercent(best.pReachByDeadline)}).`,
      );
  }
  bullets.push(
    `Target ${formatInteger(model.meta.targetRandomised)} randomised; first submission ${formatDate(model.meta.plannedFirstSubmission)}; deadline ${formatDate(model.meta.enrollmentDeadline)}.`,
  );
  return bullets;
}

/** Builds the deck: title, executive summary, one slide per scenario, comparison (2+), risks & assumptions. */
export function buildDeckModel(model: ReportModel): DeckModel {
  const m = model.meta;
  const repro = reproducibilityLine(m);
  const sourcesNote = `Sources: ${model.sources.length ? model.sources.join('; ') : 'none recorded'}.\n${repro}`;
  const slides: SlideModel[] = [
    {
      kind: 'title',
      title: m.studyName,
      subtitle: `${m.indication} · Phase ${m.phase} · ${m.therapeuticArea}\nEnrollment and start-up scenarios — ${formatDate(m.generatedAt.slice(0, 10))}\n${contentsLine(model)}\n${repro}`,
      bullets: [],
      charts: [],
      notes: `Prepared with MRCT Planner. ${repro}`,
    },
    {
      kind: 'summary',
      title: 'Executive summary',
      bullets: summaryBullets(model),
      table: comparisonTable(model),
      charts: [],
      notes: `Numbers are Monte Carlo estimates: P50 is the median month the target is reached; P10 and P90 bound the central 80% of outcomes.\n${sourcesNote}`,
    },
    ...model.scenarios.map((s) => scenarioSlide(model, s, sourcesNote)),
  ];
  const rec = recommendationSlide(model, sourcesNote);
  if (rec) slides.splice(1, 0, rec);
  if (model.scenarios.length > 1) slides.push(comparisonSlide(model, sourcesNote));
  slides.push(requirementsSlide(model, sourcesNote));
  const low = model.assumptions.filter((a) => a.confidence === 'low').length;
  const overrides = model.assumptions.filter((a) => a.kind === 'override').length;
  slides.push({
    kind: 'risks',
    title: 'Risks & assumptions',
    bullets: [
      ...(model.risks.length ? model.risks.slice(0, 8) : ['No specific risks flagged by the model.']),
      `${model.assumptions.length} country assumptions: ${overrides} user overrides, ${low} of low confidence. Full list with sources in the report and the spreadsheet export.`,
    ],
    charts: [],
    notes: `Sources of the reference values:\n${model.sources.map((s) => `• ${s}`).join('\n')}\n${repro}`,
  });
  return { title: m.studyName, slides };
}
