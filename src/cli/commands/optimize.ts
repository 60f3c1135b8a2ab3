import { optimizeCountryMix, type OptimizeResult } from '../../engine/optimizer/solver/optimize';
import { formatSpecIssues, optimizerSpecSchema } from '../../engine/optimizer/solver/spec';
import { MAX_CLI_RUNS, parseRuns, parseSeed, switchOptions, valueOptions } from '../args';
import { parseFileCommand, readSpecFile } from '../spec-file';
import { commandFailure, type CliCommand } from '../io';

const usage = [
  'mrct optimize FILE [--json] [--seed S] [--runs N] [--frontier]',
  '',
  'Chooses sites per country to minimise expected cost subject to P(target within the window) ≥',
  'successProbability and regional share constraints — or, with "budget" in FILE, the mix most likely',
  'to reach the target within the budget. Verified by a seeded Monte Carlo. See docs/optimizer-spec.md.',
  'Exit code 1 when no feasible mix exists (the binding constraint is printed).',
].join('\n');

function human(r: OptimizeResult): string {
  if (!r.feasible) return ['No feasible mix:', ...r.binding.map((b) => `  - ${b.message}`)].join('\n');
  const lines = [
    `Objective: ${r.objective}  (${r.optimality}${r.optimality === 'heuristic' && r.lowerBound !== null ? `, lower bound USD ${Math.round(r.lowerBound).toLocaleString('en-US')}` : ''})`,
    `Sites: ${Object.entries(r.sites ?? {})
      .filter(([, n]) => n > 0)
      .map(([id, n]) => `${id}=${n}`)
      .join(', ')}`,
    `Expected cost: USD ${Math.round(r.expectedCost ?? 0).toLocaleString('en-US')}`,
    `P(success): ${r.pSuccess?.toFixed(4)} analytic, ${r.pSuccessMonteCarlo?.toFixed(4)} ± ${r.monteCarloStandardError?.toFixed(4)} Monte Carlo (${r.monteCarloRuns} runs, seed ${r.seed})`,
    `Expected patients: ${r.expectedPatients?.toFixed(1)}; P50 months to target: ${r.p50MonthsToTarget?.toFixed(2)}`,
    ...r.regions.map(
      (g) =>
        `Region ${g.id}: expected share ${g.expectedShare.toFixed(3)} (required ${g.requiredShare}), P(share met) ${g.probability.toFixed(3)} analytic / ${g.monteCarloProbability.toFixed(3)} MC`,
    ),
  ];
  if (r.frontier)
    lines.push(
      `Frontier: ${r.frontier.costVsP50.length} cost–P50 points, ${r.frontier.costVsSuccess.length} cost–P(success) points (use --json)`,
    );
  return lines.join('\n');
}

export const optimizeCommand: CliCommand = {
  summary: 'Cheapest country mix reaching the target on time (or fastest within a budget)',
  usage,
  async run(args, io) {
    const fail = commandFailure(io, 'optimize');
    const parsed = parseFileCommand(
      args,
      { ...switchOptions('json', 'frontier'), ...valueOptions('seed', 'runs') },
      usage.split('\n')[0] ?? '',
    );
    if (!parsed.ok) return fail(parsed.message);
    const { values, file } = parsed;
    const seedArg = parseSeed(values.seed);
    if (!seedArg.ok) return fail(seedArg.message);
    const runsArg = parseRuns(values.runs, 100, MAX_CLI_RUNS);
    if (!runsArg.ok) return fail(runsArg.message);
    const seed = seedArg.value ?? 1;
    const runs = runsArg.value ?? 10_000;
    const read = await readSpecFile(file);
    if (!read.ok) return fail(read.message, read.exitCode);
    const raw = read.json;
    const spec = optimizerSpecSchema.safeParse(raw);
    if (!spec.success)
      return fail(
        `invalid spec in ${file}:\n${formatSpecIssues(spec.error)
          .map((l) => `  ${l}`)
          .join('\n')}`,
      );
    const result = optimizeCountryMix(spec.data, {
      seed,
      monteCarloRuns: runs,
      frontier: values.frontier === true,
    });
    io.out(values.json ? JSON.stringify(result, null, 2) : human(result));
    return result.feasible ? 0 : 1;
  },
};
