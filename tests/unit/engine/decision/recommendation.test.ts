import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatDateAfterMonths,
  formatMoney,
  formatMonths,
  formatPercent,
  formatShare,
} from '../../../../src/domain/format';
import { parseWorkspaceFile } from '../../../../src/domain/workspace/index';
import { compareScenarios } from '../../../../src/engine/evaluation/compare';
import { scoreCompared } from '../../../../src/engine/evaluation/score-scenarios';
import { mainRisk } from '../../../../src/engine/decision/main-risk';
import { recommend } from '../../../../src/engine/decision/recommendation';

const parsed = parseWorkspaceFile(readFileSync('data/sample-workspace.json', 'utf8'));
if (!parsed.ok) throw new Error('sample invalid');
const ws = parsed.workspace;
const compared = compareScenarios(
  ws,
  ws.scenarios.map((s) => s.id),
  { runs: 400, seed: 11 },
);
const scores = scoreCompared(ws, compared);
const start = ws.study.plannedFirstSubmission;
const currency = ws.study.reportingCurrency;

describe('recommendation in plain words', () => {
  const sentences = recommend(compared, scores, start, currency);
  const ranked = [...scores].sort((a, b) => a.rank - b.rank);
  const first = compared.find((c) => c.evaluation.scenarioId === ranked[0]!.id)!;
  const second = compared.find((c) => c.evaluation.scenarioId === ranked[1]!.id)!;

  it('names the first-ranked scenario and links every sentence to its source', () => {
    expect(sentences[0]!.text).toContain(`Recommended: ${first.evaluation.scenarioName}`);
    for (const s of sentences) expect(s.href).toMatch(/^#\/(compare|scenarios)$/);
  });

  it('states the time and cost difference with the runner-up from the evaluations themselves', () => {
    const dm = second.evaluation.forecast.timeToTarget.p50 - first.evaluation.forecast.timeToTarget.p50;
    const dc = second.evaluation.cost!.expectedTotal - first.evaluation.cost!.expectedTotal;
    const s = sentences[1]!.text;
    expect(s).toContain(
      `${formatMonths(Math.abs(dm))} ${dm > 0 ? 'earlier' : 'later'} than ${second.evaluation.scenarioName}`,
    );
    expect(s).toContain(formatDateAfterMonths(start, first.evaluation.forecast.timeToTarget.p50));
    expect(s).toContain(`costs ${formatMoney(Math.abs(dc), currency)} ${dc >= 0 ? 'less' : 'more'}`);
  });

  it('gives the deadline probability and each filing market of the recommended scenario', () => {
    const text = sentences.map((s) => s.text).join(' ');
    expect(text).toContain(`with probability ${formatPercent(first.evaluation.forecast.pReachByDeadline)}`);
    expect(first.markets.markets.length).toBeGreaterThan(0);
    for (const m of first.markets.markets)
      expect(text).toContain(`${m.label}'s ${formatShare(m.requiredShare)} share requirement`);
    expect(sentences.at(-1)!.text).toBe(`Its main risk is ${mainRisk(first, start).text}.`);
  });
});

describe('main risk', () => {
  it('is a filing market that is not met before anything else', () => {
    for (const c of compared) {
      const short = c.markets.markets.find((m) => m.status !== 'met');
      const risk = mainRisk(c, start);
      if (short) expect(risk.text).toContain(short.label);
      else expect(risk.text).toMatch(/start-up|deadline/);
    }
  });
});
