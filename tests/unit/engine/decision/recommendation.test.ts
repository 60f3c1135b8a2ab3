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

  it('states the topline difference with the runner-up (the sample is event-driven) and the cost difference', () => {
    // The sample study is event-driven: the readout (topline) is what the sentence compares, read
    // here straight from each evaluation's milestones.
    expect(ws.study.endpoint.kind).toBe('events');
    const topline = (c: typeof first) =>
      c.evaluation.milestones!.milestones.find((m) => m.id === 'topline')!.months;
    const t1 = topline(first);
    const dm = topline(second).p50 - t1.p50;
    const dc = second.evaluation.cost!.expectedTotal - first.evaluation.cost!.expectedTotal;
    const s = sentences[1]!.text;
    expect(s).toContain(
      `reaches topline ${formatMonths(Math.abs(dm))} ${dm > 0 ? 'earlier' : 'later'} than ${second.evaluation.scenarioName}`,
    );
    expect(s).toContain(`P50 ${formatDateAfterMonths(start, t1.p50)}`);
    expect(s).toContain(
      `P10–P90 ${formatDateAfterMonths(start, t1.p10)} – ${formatDateAfterMonths(start, t1.p90)}`,
    );
    expect(s).toContain(`vs P50 ${formatDateAfterMonths(start, topline(second).p50)}`);
    expect(s).toContain(`costs ${formatMoney(Math.abs(dc), currency)} ${dc >= 0 ? 'less' : 'more'}`);
  });

  it('compares last patient in when the study is enrollment-driven', () => {
    const enrollment = {
      ...ws,
      study: { ...ws.study, endpoint: { ...ws.study.endpoint, kind: 'enrollment' as const } },
    };
    const c2 = compareScenarios(
      enrollment,
      enrollment.scenarios.map((s) => s.id),
      { runs: 400, seed: 11 },
    );
    const s2 = scoreCompared(enrollment, c2);
    const text = recommend(c2, s2, start, currency)[1]!.text;
    const r = [...s2].sort((a, b) => a.rank - b.rank);
    const a = c2.find((c) => c.evaluation.scenarioId === r[0]!.id)!.evaluation.forecast.timeToTarget;
    expect(text).toContain('reaches LPI');
    expect(text).toContain(`P50 ${formatDateAfterMonths(start, a.p50)}`);
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
