import type { Workspace } from '../../domain/workspace/index';
import type { ParameterOrigin, Triple } from '../../engine/evaluation/country-parameters';
import type { ScenarioEvaluation } from '../../engine/evaluation/evaluate';
import { headlineMilestone, type HeadlineMilestone } from '../../engine/decision/headline';
import { readCostSummary, type CostSummary } from './cost-summary';
import { formatMonths, formatPercent, formatShare } from '../../domain/format';

/**
 * The one data model behind every presentation of results — the Report screen, the PowerPoint
 * deck, the PDF one-pager and the spreadsheets — so they cannot disagree. Built from the
 * workspace, the engine's evaluations and the resolved country parameters; no React, no DOM.
 */

export interface ReportMeta {
  studyName: string;
  indication: string;
  therapeuticArea: string;
  phase: string;
  targetRandomised: number;
  screenFailureRate: number;
  dropoutRate: number;
  plannedFirstSubmission: string;
  enrollmentDeadline: string;
  reportingCurrency: string;
  /** Reproducibility: same workspace + seed + runs + app version = same numbers. */
  seed: number;
  runs: number;
  appVersion: string;
  schemaVersion: number;
  generatedAt: string;
  /** Whether any scenario was re-forecast from actual enrollment. */
  actualsIncluded: boolean;
}

export type ReportCountry = Pick<
  ScenarioEvaluation['countries'][number],
  'iso2' | 'name' | 'region' | 'sites' | 'expectedPatients' | 'expectedShare' | 'phases'
>;

export interface RegionalCheck {
  market: string;
  countries: string[];
  required: number;
  expected: number;
  met: boolean;
  basis: string;
}

export interface ReportScenario {
  id: string;
  name: string;
  description: string;
  siteCount: number;
  countryCount: number;
  deadlineMonths: number;
  timeToTarget: { mean: number; p10: number; p50: number; p90: number };
  /** What the decision leads with: topline for an event-driven study, else LPI (months from first submission). */
  headline: HeadlineMilestone;
  pReachByDeadline: number;
  firstSiteActivatedP50: number;
  firstPatientInP50: number | undefined;
  curve: { month: number; mean: number; p10: number; p50: number; p90: number }[];
  countries: ReportCountry[];
  cost: CostSummary | undefined;
  regional: RegionalCheck[];
  /** Per-scenario assumption overrides ("field path = value"). */
  scenarioOverrides: string[];
  /** First site activated → topline: P10/P50/P90 calendar dates (null = not reached). Issue 19. */
  milestones: { id: string; label: string; p10: string | null; p50: string | null; p90: string | null }[];
  warnings: string[];
  /** Set when the numbers start from the running trial's actuals: their as-of date (YYYY-MM-DD). */
  actualsAsOf?: string;
}

export interface ReportAssumption {
  iso2: string;
  country: string;
  parameter: string;
  value: Triple;
  unit: string;
  kind: ParameterOrigin['kind'];
  /** Where the value comes from, in words (source, as-of date, confidence; or the override note). */
  source: string;
  confidence: 'high' | 'medium' | 'low' | 'user';
}

export interface ReportModel {
  meta: ReportMeta;
  scenarios: ReportScenario[];
  assumptions: ReportAssumption[];
  /** Distinct sources cited by the assumptions, for speaker notes and footers. */
  sources: string[];
  risks: string[];
  /** The ranking and recommendation (Overview / Compare), when the scenarios were compared. */
  decision?: ReportDecision | undefined;
}

/** Which plan is better and why, as the Overview says it. */
export interface ReportDecision {
  ranking: {
    id: string;
    name: string;
    rank: number;
    composite: number;
    speed: number;
    cost: number;
    feasibility: number;
    regional: number;
  }[];
  /** Plain-word sentences generated from the numbers (src/engine/decision/recommendation). */
  recommendation: string[];
  /** Filing-market requirements per scenario: P(met) and status from the market-share Monte Carlo. */
  requirements: {
    scenario: string;
    market: string;
    required: number;
    expected: number;
    probability: number;
    status: string;
  }[];
}

/** The resolved parameters of one country as the report needs them (from buildScenarioModel). */
export interface CountryAssumptionInput {
  iso2: string;
  name: string;
  params: Record<string, { label: string; unit: string; value: Triple; origin: ParameterOrigin }>;
}

export interface ReportContext {
  appVersion: string;
  schemaVersion: number;
  generatedAt: string;
  /** Resolved parameters of every country in the reported scenarios. */
  countryParameters: CountryAssumptionInput[];
}

/** One line saying where a value comes from, in plain text (the report's ProvenanceText). */
export function originText(origin: ParameterOrigin): string {
  if (origin.kind === 'override') {
    const ref = origin.reference;
    const refText = ref.min === ref.max ? `${ref.mode}` : `${ref.mode} (${ref.min}–${ref.max})`;
    return `User override${origin.note ? ` — ${origin.note}` : ''}; reference value ${refText}.`;
  }
  const p = origin.provenance;
  const source = p.source === 'none' ? 'No public source — illustrative input to review' : p.source;
  const derived = origin.kind === 'derived' ? `${origin.explanation} ` : '';
  return `${derived}${source} (as of ${p.asOf}; confidence ${p.confidence})${p.note ? `. ${p.note}` : ''}`;
}

function regionalChecks(workspace: Workspace, countries: ReportCountry[]): RegionalCheck[] {
  return workspace.filingMarkets.map((m) => {
    const expected = countries
      .filter((c) => m.countries.includes(c.iso2))
      .reduce((a, c) => a + c.expectedShare, 0);
    return {
      market: m.label,
      countries: m.countries,
      required: m.minShare,
      expected,
      met: expected + 1e-9 >= m.minShare,
      basis: m.basis,
    };
  });
}

function toScenario(workspace: Workspace, e: ScenarioEvaluation): ReportScenario {
  const scenario = workspace.scenarios.find((s) => s.id === e.scenarioId);
  const countries = e.countries.map((c) => ({
    iso2: c.iso2,
    name: c.name,
    region: c.region,
    sites: c.sites,
    expectedPatients: c.expectedPatients,
    expectedShare: c.expectedShare,
    phases: c.phases,
  }));
  return {
    id: e.scenarioId,
    name: e.scenarioName,
    description: scenario?.description ?? '',
    siteCount: e.siteCount,
    countryCount: e.countries.length,
    deadlineMonths: e.deadlineMonths,
    timeToTarget: e.forecast.timeToTarget,
    headline: headlineMilestone({ evaluation: e }),
    pReachByDeadline: e.forecast.pReachByDeadline,
    firstSiteActivatedP50: e.firstSiteActivated.p50,
    firstPatientInP50: e.firstPatientIn?.p50,
    curve: e.forecast.curve,
    countries,
    cost: readCostSummary(e, workspace.study.reportingCurrency),
    regional: regionalChecks(workspace, countries),
    scenarioOverrides: Object.entries(scenario?.overrides ?? {}).map(([k, v]) => `${k} = ${v}`),
    milestones: (e.milestones?.milestones ?? []).map((ms) => ({ id: ms.id, label: ms.label, ...ms.dates })),
    warnings: e.warnings,
    ...(e.actuals ? { actualsAsOf: e.actuals.asOf } : {}),
  };
}

function assumptionsOf(inputs: CountryAssumptionInput[]): ReportAssumption[] {
  const seen = new Set<string>();
  const out: ReportAssumption[] = [];
  for (const c of inputs) {
    if (seen.has(c.iso2)) continue;
    seen.add(c.iso2);
    for (const p of Object.values(c.params)) {
      out.push({
        iso2: c.iso2,
        country: c.name,
        parameter: p.label,
        value: p.value,
        unit: p.unit,
        kind: p.origin.kind,
        source: originText(p.origin),
        confidence: p.origin.kind === 'override' ? 'user' : p.origin.provenance.confidence,
      });
    }
  }
  return out;
}

function sourcesOf(inputs: CountryAssumptionInput[]): string[] {
  const set = new Set<string>();
  for (const c of inputs) {
    for (const p of Object.values(c.params)) {
      if (p.origin.kind === 'override') continue;
      const s = p.origin.provenance;
      set.add(
        s.source === 'none'
          ? 'Unsourced illustrative inputs (flagged for review)'
          : `${s.source} (as of ${s.asOf})`,
      );
    }
  }
  return [...set].sort();
}

function risksOf(scenarios: ReportScenario[], assumptions: ReportAssumption[]): string[] {
  const risks: string[] = [];
  for (const s of scenarios) {
    if (s.pReachByDeadline < 0.5) {
      risks.push(
        `${s.name}: only ${formatPercent(s.pReachByDeadline)} chance of reaching the target by the deadline (P50 ${formatMonths(s.timeToTarget.p50)}).`,
      );
    } else if (s.pReachByDeadline < 0.8) {
      risks.push(
        `${s.name}: ${formatPercent(s.pReachByDeadline)} chance of reaching the target by the deadline — below the usual 80% comfort level.`,
      );
    }
    for (const r of s.regional.filter((x) => !x.met)) {
      risks.push(
        `${s.name}: ${r.market} expects ${formatShare(r.expected)} of patients; ${formatShare(r.required)} is required.`,
      );
    }
    for (const w of s.warnings) risks.push(`${s.name}: ${w}`);
  }
  const low = assumptions.filter((a) => a.confidence === 'low');
  if (low.length) {
    const countries = [...new Set(low.map((a) => a.country))].slice(0, 6).join(', ');
    risks.push(
      `${low.length} assumptions have low confidence or no public source (${countries}…): review them before deciding.`,
    );
  }
  const overrides = assumptions.filter((a) => a.kind === 'override');
  if (overrides.length)
    risks.push(`${overrides.length} country values are user overrides of the reference data.`);
  return risks;
}

/** Builds the report model for the evaluated scenarios, in the order given. */
export function buildReportModel(
  workspace: Workspace,
  evaluations: ScenarioEvaluation[],
  context: ReportContext,
): ReportModel {
  const study = workspace.study;
  const first = evaluations[0];
  const scenarios = evaluations.map((e) => toScenario(workspace, e));
  const assumptions = assumptionsOf(context.countryParameters);
  return {
    meta: {
      studyName: study.name,
      indication: study.indication,
      therapeuticArea: study.therapeuticArea,
      phase: study.phase,
      targetRandomised: study.targetRandomised,
      screenFailureRate: study.screenFailureRate,
      dropoutRate: study.dropoutRate,
      plannedFirstSubmission: study.plannedFirstSubmission,
      enrollmentDeadline: study.enrollmentDeadline,
      reportingCurrency: study.reportingCurrency,
      seed: first?.seed ?? workspace.settings.seed,
      runs: first?.runs ?? workspace.settings.monteCarloRuns,
      appVersion: context.appVersion,
      schemaVersion: context.schemaVersion,
      generatedAt: context.generatedAt,
      actualsIncluded: evaluations.some((e) => e.actuals !== undefined),
    },
    scenarios,
    assumptions,
    sources: sourcesOf(context.countryParameters),
    risks: risksOf(scenarios, assumptions),
  };
}

/** The line that makes the numbers reproducible, printed on every output. */
export function reproducibilityLine(meta: ReportMeta): string {
  return `Workspace "${meta.studyName}"; actuals ${meta.actualsIncluded ? 'included' : 'not included'}; Monte Carlo ${meta.runs.toLocaleString('en-US')} runs, seed ${meta.seed}; MRCT Planner ${meta.appVersion}, workspace schema v${meta.schemaVersion}; generated ${meta.generatedAt.slice(0, 16).replace('T', ' ')} UTC.`;
}
