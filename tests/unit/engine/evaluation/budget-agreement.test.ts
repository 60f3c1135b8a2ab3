import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCommand } from '../../../../src/cli/commands/evaluate';
import { parseWorkspaceFile } from '../../../../src/domain/workspace/index';
import { budgetSummary } from '../../../../src/engine/evaluation/budget-summary';
import { evaluateScenario } from '../../../../src/engine/evaluation/evaluate';
import { buildReport } from '../../../../src/io/deck/build-report';
import { buildDeckModel } from '../../../../src/io/deck/deck-model';
import { formatMoney } from '../../../../src/io/deck/format';

const parsed = parseWorkspaceFile(readFileSync('data/sample-workspace.json', 'utf8'));
if (!parsed.ok) throw new Error('sample invalid');
const sample = parsed.workspace;

describe('the budget agrees on screen, in the deck and from the CLI', () => {
  it('prints the same total, scope and categories for the same seed and runs', async () => {
    // Given one evaluation (what the screen renders through budgetSummary)
    const e = evaluateScenario(sample, 'SCN-USEU', { runs: 200, seed: 7 });
    const screen = budgetSummary(e.cost!, e.costScope, sample.study.plannedFirstSubmission);
    // When the deck is built from it and the CLI evaluates the same file, seed and runs
    const deck = buildDeckModel(buildReport(sample, [e], '2026-01-01T00:00:00Z'));
    const out: string[] = [];
    const code = await evaluateCommand.run(
      ['data/sample-workspace.json', '--scenario', 'SCN-USEU', '--runs', '200', '--seed', '7', '--json'],
      {
        out: (t) => out.push(t),
        err: () => undefined,
      },
    );
    expect(code).toBe(0);
    const cli = (
      JSON.parse(out.join('\n')) as {
        scenarios: {
          cost: {
            expected: number;
            scope: string;
            byCategory: { category: string; expected: number }[];
            byQuarter: unknown[];
          };
        }[];
      }
    ).scenarios[0]!.cost;
    // Then the totals, the scope line and every category agree
    expect(cli.expected).toBe(Math.round(screen.total.expected));
    expect(cli.scope).toBe(screen.scope);
    expect(cli.byCategory.map((c) => c.expected)).toEqual(
      screen.categories.map((c) => Math.round(c.expected)),
    );
    expect(cli.byQuarter).toHaveLength(screen.quarters.length);
    const deckText = JSON.stringify(deck);
    expect(deckText).toContain(`Expected cost ${formatMoney(screen.total.expected, screen.currency)}`);
    expect(deckText).toContain(`Cost scope: ${screen.scope}`);
  });
});
