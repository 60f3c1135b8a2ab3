import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { addMonthsToDate } from '../../domain/dates';
import { parseWorkspaceFile } from '../../domain/workspace/index';
import { compareScenarios } from '../../engine/scenario/compare';
import { scoreCompared } from '../../engine/scenario/score-scenarios';
import type { CliCommand } from '../io';

const round = (x: number, digits = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : null);

/** `mrct evaluate WORKSPACE.json`: every scenario's forecast, cost and scores, as on the Compare screen. */
export const evaluateCommand: CliCommand = {
  summary: 'Forecast, cost and score the scenarios of a workspace file',
  usage: 'mrct evaluate WORKSPACE.json [--scenario ID] [--json] [--seed S] [--runs N]',
  run: async (args, io) => {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { scenario: { type: 'string' }, json: { type: 'boolean' }, seed: { type: 'string' }, runs: { type: 'string' } },
    });
    const file = positionals[0];
    if (!file) {
      io.err('mrct evaluate: give a workspace file, e.g. `mrct evaluate data/sample-workspace.json`.');
      return 2;
    }
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0)) {
      io.err(`mrct evaluate: --seed must be a whole number ≥ 0, got "${values.seed}".`);
      return 2;
    }
    const runs = values.runs === undefined ? undefined : Number(values.runs);
    if (runs !== undefined && !(Number.isInteger(runs) && runs >= 100 && runs <= 200_000)) {
      io.err(`mrct evaluate: --runs must be a whole number from 100 to 200000, got "${values.runs}".`);
      return 2;
    }
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      io.err(`mrct evaluate: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      return 2;
    }
    const parsed = parseWorkspaceFile(text, file);
    if (!parsed.ok) {
      io.err(`${file} is not a valid workspace (run \`mrct validate ${file}\` for every problem):`);
      for (const p of parsed.problems.slice(0, 5)) io.err(`  ${p.path || '(whole file)'}: ${p.message}`);
      return 1;
    }
    const ws = parsed.workspace;
    const ids = values.scenario ? [values.scenario] : ws.scenarios.map((s) => s.id);
    const unknown = ids.filter((id) => !ws.scenarios.some((s) => s.id === id));
    if (unknown.length || ids.length === 0) {
      io.err(unknown.length ? `Unknown scenario "${unknown[0]}". Scenarios: ${ws.scenarios.map((s) => s.id).join(', ')}` : 'The workspace has no scenarios.');
      return 2;
    }
    const options = { ...(seed !== undefined ? { seed } : {}), ...(runs !== undefined ? { runs } : {}) };
    const compared = compareScenarios(ws, ids, options);
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
        lastPatientInDate: { p50: Number.isFinite(t.p50) ? addMonthsToDate(ws.study.plannedFirstSubmission, t.p50) : null },
        pReachByDeadline: round(e.forecast.pReachByDeadline, 4),
        firstSiteActivatedP50Months: round(e.firstSiteActivated.p50),
        firstPatientInP50Months: round(e.firstPatientIn?.p50 ?? Number.NaN),
        cost: e.cost ? { currency: e.cost.currency, expected: round(e.cost.expectedTotal, 0), p10: round(e.cost.p10, 0), p90: round(e.cost.p90, 0), perRandomisedPatient: round(e.cost.expectedPerRandomisedPatient, 0) } : null,
        // Issue 19: first site activated → topline, P10/P50/P90 months from submission and dates.
        milestones: (e.milestones?.milestones ?? []).map((m) => ({
          id: m.id,
          label: m.label,
          months: { p10: round(m.months.p10), p50: round(m.months.p50), p90: round(m.months.p90) },
          dates: m.dates,
        })),
        scoredOn: e.milestones?.scoring.milestone ?? 'lpi',
        markets: c.markets.markets.map((m) => ({ id: m.id, required: m.requiredShare, expected: round(m.expectedShare, 4), probability: round(m.probability, 4) })),
        scores: s ? { speed: round(s.speed.score, 1), cost: round(s.cost.score, 1), feasibility: round(s.feasibility.score, 1), regional: round(s.regional.score, 1), composite: round(s.composite.score, 1), rank: s.rank } : null,
        warnings: e.warnings,
      };
    });
    if (values.json) {
      io.out(JSON.stringify({ workspace: ws.study.name, scenarios: rows }, null, 2));
      return 0;
    }
    io.out(`${ws.study.name}\nTarget ${ws.study.targetRandomised} randomised by ${ws.study.enrollmentDeadline}; runs ${rows[0]?.runs}, seed ${rows[0]?.seed}.\n`);
    const header = ['Scenario', 'Sites', 'LPI P50', 'LPI P10–P90 (mo)', 'P(deadline)', 'Expected cost', 'Composite', 'Rank'];
    const body = rows.map((r) => [
      r.name.slice(0, 40),
      String(r.sites),
      r.lastPatientInDate.p50 ?? 'not reached',
      `${r.lastPatientInMonths.p10 ?? '∞'}–${r.lastPatientInMonths.p90 ?? '∞'}`,
      `${Math.round((r.pReachByDeadline ?? 0) * 100)}%`,
      r.cost ? `${r.cost.currency} ${((r.cost.expected ?? 0) / 1e6).toFixed(1)}M` : '—',
      String(r.scores?.composite ?? '—'),
      String(r.scores?.rank ?? '—'),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    io.out([line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n'));
    return 0;
  },
};
