import { parseArgs } from 'node:util';
import { addMonthsToDate, isoOrBeyond } from '../../domain/dates';
import {
  formatDate,
  formatDateAfterMonths,
  formatInteger,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../../domain/format';
import { parseWorkspaceFile } from '../../domain/workspace/index';
import { scoreCompared } from '../../engine/evaluation/score-scenarios';
import { budgetSummary } from '../../engine/evaluation/budget-summary';
import type { CostDistribution } from '../../engine/cost/index';
import type { CostScope } from '../../engine/evaluation/cost-scope';
import { MAX_CLI_RUNS, parseRuns, parseSeed, quoteArg, switchOptions, valueOptions } from '../args';
import { Worker } from 'node:worker_threads';
import type { CliCommand, CliIo } from '../io';
import { readTextFile } from '../spec-file';
import { graphemeLength, truncateGraphemes } from '../terminal-text';
import { compareInThreads, evaluateThreadUrl, takeEvaluateThread } from '../parallel/compare-in-threads';

const round = (x: number, digits = 2) =>
  Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : null;
const pct = (p: { expected: number; p10: number; p50: number; p90: number }) => ({
  expected: round(p.expected, 0),
  p10: round(p.p10, 0),
  p50: round(p.p50, 0),
  p90: round(p.p90, 0),
});

/** The scenario budget as JSON: total, scope, each category and each quarter with P10/P50/P90. */
function costJson(cost: CostDistribution, scope: CostScope | undefined, submission: string) {
  const b = budgetSummary(cost, scope, submission);
  return {
    currency: b.currency,
    expected: round(b.total.expected, 0),
    p10: round(b.total.p10, 0),
    p50: round(b.total.p50, 0),
    p90: round(b.total.p90, 0),
    perRandomisedPatient: round(b.perRandomisedPatient, 0),
    scope: b.scope,
    uncertainty: b.uncertainty,
    excludes: b.excludes,
    unknownFees: scope?.unknownFees ?? [],
    followUpMonths: scope?.followUpMonths ?? null,
    priceBasis: scope?.priceBasis ?? null,
    timeline: b.timeline,
    byCategory: b.categories.map((c) => ({ category: c.category, label: c.label, ...pct(c) })),
    byQuarter: b.quarters.map((q) => ({ quarter: q.quarter, from: q.from, to: q.to, ...pct(q) })),
  };
}

/** `mrct evaluate WORKSPACE.json`: every scenario's forecast, cost and scores, as on the Compare screen. */
export const evaluateCommand: CliCommand = {
  summary: 'Forecast, cost and score the scenarios of a workspace file',
  usage: 'mrct evaluate WORKSPACE.json [--scenario ID] [--json] [--seed S] [--runs N] [--threads 1|2]',
  run: async (args, io) => {
    // bin/mrct.js may have started a second thread while the CLI loaded; it is ours to use or end.
    const thread = takeEvaluateThread();
    try {
      return await evaluate(args, io, thread);
    } finally {
      await thread?.terminate();
    }
  },
};

async function evaluate(args: string[], io: CliIo, thread: Worker | undefined): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...valueOptions('scenario', 'seed', 'runs', 'threads'),
      ...switchOptions('json'),
    },
  });
  const file = positionals[0];
  if (!file) {
    io.err('mrct evaluate: give a workspace file, e.g. `mrct evaluate data/sample-workspace.json`.');
    return 2;
  }
  const seedArg = parseSeed(values.seed);
  const runsArg = parseRuns(values.runs, 100, MAX_CLI_RUNS);
  for (const arg of [seedArg, runsArg]) {
    if (!arg.ok) {
      io.err(`mrct evaluate: ${arg.message}.`);
      return 2;
    }
  }
  if (values.threads !== undefined && values.threads !== '1' && values.threads !== '2') {
    io.err(`mrct evaluate: --threads must be 1 or 2, got ${quoteArg(values.threads)}.`);
    return 2;
  }
  const seed = seedArg.ok ? seedArg.value : undefined;
  const runs = runsArg.ok ? runsArg.value : undefined;
  const read = await readTextFile(file);
  if (!read.ok) {
    io.err(`mrct evaluate: ${read.message}`);
    return 2;
  }
  const parsed = parseWorkspaceFile(read.text, file);
  if (!parsed.ok) {
    io.err(`${file} is not a valid workspace (run \`mrct validate ${file}\` for every problem):`);
    for (const p of parsed.problems.slice(0, 5)) io.err(`  ${p.path || '(whole file)'}: ${p.message}`);
    return 1;
  }
  const ws = parsed.workspace;
  const ids = values.scenario ? [values.scenario] : ws.scenarios.map((s) => s.id);
  const unknown = ids.filter((id) => !ws.scenarios.some((s) => s.id === id));
  if (unknown.length || ids.length === 0) {
    io.err(
      unknown.length
        ? `Unknown scenario ${quoteArg(unknown[0]!)}. Scenarios: ${ws.scenarios.map((s) => s.id).join(', ')}`
        : 'The workspace has no scenarios.',
    );
    return 2;
  }
  const options = { ...(seed !== undefined ? { seed } : {}), ...(runs !== undefined ? { runs } : {}) };
  // Two scenarios or more: half on a second thread when one was started (same numbers either way).
  // `--threads 2` starts one here when bin/mrct.js did not (the TypeScript sources, tests).
  const second =
    values.threads === '1'
      ? undefined
      : (thread ?? (values.threads === '2' ? new Worker(evaluateThreadUrl) : undefined));
  const compared = await compareInThreads(ws, ids, options, second);
  const scores = scoreCompared(ws, compared);
  const rows = compared.map((c) => {
    const e = c.evaluation;
    const s = scores.find((x) => x.id === e.scenarioId);
    const t = e.forecast.timeToTarget;
    return {
      id: e.scenarioId,
      name: e.scenarioName,
      runs: e.runs,
      seed: e.seed,
      sites: e.siteCount,
      lastPatientInMonths: { p10: round(t.p10), p50: round(t.p50), p90: round(t.p90) },
      lastPatientInDate: {
        p50: Number.isFinite(t.p50)
          ? isoOrBeyond(addMonthsToDate(ws.study.plannedFirstSubmission, t.p50))
          : null,
      },
      pReachByDeadline: round(e.forecast.pReachByDeadline, 4),
      firstSiteActivatedP50Months: round(e.firstSiteActivated.p50),
      firstPatientInP50Months: round(e.firstPatientIn?.p50 ?? Number.NaN),
      cost: e.cost ? costJson(e.cost, e.costScope, ws.study.plannedFirstSubmission) : null,
      // Issue 19: first site activated → topline, P10/P50/P90 months from submission and dates.
      milestones: (e.milestones?.milestones ?? []).map((m) => ({
        id: m.id,
        label: m.label,
        months: { p10: round(m.months.p10), p50: round(m.months.p50), p90: round(m.months.p90) },
        dates: m.dates,
      })),
      scoredOn: e.milestones?.scoring.milestone ?? 'lpi',
      markets: c.markets.markets.map((m) => ({
        id: m.id,
        required: m.requiredShare,
        expected: round(m.expectedShare, 4),
        probability: round(m.probability, 4),
      })),
      scores: s
        ? {
            speed: round(s.speed.score, 1),
            cost: round(s.cost.score, 1),
            feasibility: round(s.feasibility.score, 1),
            regional: round(s.regional.score, 1),
            composite: round(s.composite.score, 1),
            rank: s.rank,
          }
        : null,
      /** EU reporting member state whose holidays count the CTR clock (Reg. 536/2014 Art. 5), else null. */
      euReportingMemberState: e.euReportingMemberState ?? null,
      /** China's human-genetic-resources step from the study facts (filing / approval / none), else null. */
      chinaHgr: e.chinaHgr ?? null,
      warnings: e.warnings,
      /** The as-of date of the actuals these numbers start from (scenario.startsFromActuals), else null. */
      includesActualsTo: e.actuals?.asOf ?? null,
    };
  });
  if (values.json) {
    io.out(JSON.stringify({ workspace: ws.study.name, scenarios: rows }, null, 2));
    return 0;
  }
  const start = ws.study.plannedFirstSubmission;
  io.out(
    `${ws.study.name}\nTarget ${formatInteger(ws.study.targetRandomised)} randomised by ${formatDate(ws.study.enrollmentDeadline)}; runs ${formatInteger(rows[0]?.runs)}, seed ${rows[0]?.seed}.\n`,
  );
  const header = [
    'Scenario',
    'Sites',
    'LPI P50',
    'LPI P10–P90',
    'P(deadline)',
    'Expected cost',
    'Composite',
    'Rank',
  ];
  const body = rows.map((r) => [
    truncateGraphemes(r.name, 40),
    formatInteger(r.sites),
    formatDate(r.lastPatientInDate.p50) === '—' ? 'not reached' : formatDate(r.lastPatientInDate.p50),
    `${formatDateAfterMonths(start, r.lastPatientInMonths.p10 ?? Infinity)} – ${formatDateAfterMonths(start, r.lastPatientInMonths.p90 ?? Infinity)}`,
    formatPercent(r.pReachByDeadline),
    r.cost && r.cost.expected !== null ? formatMoney(r.cost.expected, r.cost.currency) : 'not computed',
    formatNumber(r.scores?.composite, 0),
    String(r.scores?.rank ?? '—'),
  ]);
  const widths = header.map((h, i) =>
    Math.max(graphemeLength(h), ...body.map((b) => graphemeLength(b[i] ?? ''))),
  );
  const pad = (c: string, w: number, left: boolean) =>
    left ? c + ' '.repeat(w - graphemeLength(c)) : ' '.repeat(w - graphemeLength(c)) + c;
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, i === 0)).join('  ');
  io.out([line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n'));
  // Every number that starts from the running trial's actuals says so (issue 13).
  for (const r of rows)
    if (r.includesActualsTo) io.out(`${r.name}: includes actuals to ${r.includesActualsTo}.`);
  // Warnings (a cost cut at the horizon, runs lowered for size…) change how far a number can be trusted.
  const warned = rows.filter((r) => r.warnings.length > 0);
  if (warned.length > 0)
    io.out(
      [
        '',
        'Warnings:',
        ...warned.flatMap((r) => r.warnings.map((w) => `  ${truncateGraphemes(r.name, 40)}: ${w}`)),
      ].join('\n'),
    );
  const scopes = [...new Set(rows.map((r) => r.cost?.scope).filter((x) => x !== undefined))];
  for (const scope of scopes) io.out(`\nCost scope: ${scope}`);
  const spreads = [...new Set(rows.map((r) => r.cost?.uncertainty).filter((x) => x !== undefined))];
  for (const spread of spreads) io.out(`Cost uncertainty: ${spread}`);
  return 0;
}
