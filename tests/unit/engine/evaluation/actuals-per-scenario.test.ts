import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../src/cli/main';
import {
  parseWorkspaceFile,
  serializeWorkspace,
  workspaceSchema,
  type Workspace,
} from '../../../../src/domain/workspace';
import { parseActualsCsv } from '../../../../src/io/actuals-csv';
import { evaluateScenario } from '../../../../src/engine/evaluation/evaluate';
import { remainingStartup } from '../../../../src/engine/evaluation/reforecast';
import { loadSampleWorkspace } from '../../../../src/state/sample';

const AS_OF = '2027-11-15';
function withActuals(): Workspace {
  const ws = loadSampleWorkspace();
  ws.actuals = {
    asOf: AS_OF,
    rows: ['US-01', 'US-02', 'DE-01'].flatMap((siteId) =>
      ['2027-09-15', '2027-10-15', '2027-11-15'].map((date) => ({ siteId, date, randomised: 4 })),
    ),
  };
  return ws;
}
const runs = { runs: 400, seed: 11 };

describe('actuals per scenario (issue 13 item 1)', () => {
  it('a scenario on pre-trial numbers is untouched by the workspace actuals', () => {
    const plain = evaluateScenario(loadSampleWorkspace(), 'SCN-GLOBAL', runs);
    const ws = withActuals();
    const pre = evaluateScenario(ws, 'SCN-GLOBAL', runs);
    expect(pre.actuals).toBeUndefined();
    expect(pre.forecast.pReachByDeadline).toBe(plain.forecast.pReachByDeadline);
    expect(pre.forecast.timeToTarget).toEqual(plain.forecast.timeToTarget);
  });

  it('a scenario that starts from actuals says to which date and counts activated / not-yet-activated sites', () => {
    const ws = withActuals();
    ws.scenarios.find((s) => s.id === 'SCN-USEU')!.startsFromActuals = true;
    const e = evaluateScenario(ws, 'SCN-USEU', runs);
    expect(e.actuals).toMatchObject({ asOf: AS_OF, total: 36, activatedSites: 3, activatedWithNone: 0 });
    expect(e.actuals!.notYetActivated).toBe(e.siteCount - 3);
    // The running count starts at the actuals
    expect(e.forecast.curve[0]!.p50).toBeGreaterThanOrEqual(36);
  });

  it('a row of 0 patients marks a site activated with none so far: its rate is conditioned on zero', () => {
    const ws = withActuals();
    ws.scenarios.find((s) => s.id === 'SCN-USEU')!.startsFromActuals = true;
    ws.actuals!.rows.push({ siteId: 'US-03', date: '2027-08-01', randomised: 0 });
    ws.actuals!.rows.sort((a, b) => a.date.localeCompare(b.date));
    const e = evaluateScenario(ws, 'SCN-USEU', runs);
    expect(e.actuals).toMatchObject({ activatedSites: 4, activatedWithNone: 1 });
  });

  it('remaining start-up: the plan after the as-of date; an overdue site gets the plan’s spread again from now', () => {
    expect(remainingStartup(2, { p10: 4, p50: 6, p90: 9 })).toEqual({ min: 4, mode: 6, max: 9 });
    expect(remainingStartup(5, { p10: 4, p50: 6, p90: 9 })).toEqual({ min: 5, mode: 6, max: 9 });
    expect(remainingStartup(7, { p10: 4, p50: 6, p90: 9 })).toEqual({ min: 7, mode: 7, max: 9 });
    expect(remainingStartup(12, { p10: 4, p50: 6, p90: 9 })).toEqual({ min: 12, mode: 14, max: 17 });
  });

  it('refuses rows after the as-of date or in the future, naming the row', () => {
    const csv =
      'site id,date,patients randomised\nUS-01,2027-10-01,3\nUS-02,2027-11-20,1\nUS-03,2099-01-05,2\n';
    const result = parseActualsCsv(csv, ['US-01', 'US-02', 'US-03'], { asOf: AS_OF, today: '2028-01-10' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { row: 3, column: 'date', value: '2027-11-20', reason: `after the as-of date ${AS_OF}` },
      { row: 4, column: 'date', value: '2099-01-05', reason: 'in the future (today is 2028-01-10)' },
    ]);
  });

  it('a workspace file with a row after the as-of date is refused with the JSON path', () => {
    const ws = withActuals();
    ws.actuals!.rows.push({ siteId: 'US-01', date: '2027-12-01', randomised: 1 });
    const parsed = workspaceSchema.safeParse(ws);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain(
      `actuals.rows.${ws.actuals!.rows.length - 1}.date`,
    );
  });

  it('a v2 file with actuals opens with every scenario starting from them (its numbers unchanged)', () => {
    const ws = withActuals();
    const v2 = JSON.parse(serializeWorkspace(ws)) as { schemaVersion: number };
    v2.schemaVersion = 2;
    const opened = parseWorkspaceFile(JSON.stringify(v2));
    expect(opened.ok && opened.workspace.scenarios.every((s) => s.startsFromActuals === true)).toBe(true);
    const noActuals = JSON.parse(serializeWorkspace(loadSampleWorkspace())) as { schemaVersion: number };
    noActuals.schemaVersion = 2;
    const plain = parseWorkspaceFile(JSON.stringify(noActuals));
    expect(plain.ok && plain.workspace.scenarios.every((s) => s.startsFromActuals === undefined)).toBe(true);
  });

  it('mrct evaluate says which scenario includes actuals, and to which date', async () => {
    const ws = withActuals();
    ws.scenarios.find((s) => s.id === 'SCN-USEU')!.startsFromActuals = true;
    const file = join(mkdtempSync(join(tmpdir(), 'mrct-')), 'ws.json');
    writeFileSync(file, serializeWorkspace(ws));
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
    expect(await main(['evaluate', file, '--runs', '300'], io)).toBe(0);
    expect(out.join('\n')).toContain(`US + EU only: includes actuals to ${AS_OF}.`);
    expect(out.join('\n')).not.toContain(
      'Global: + Australia fast start, Japan, China, Korea, Brazil: includes actuals',
    );
    out.length = 0;
    await main(['evaluate', file, '--runs', '300', '--json'], io);
    const json = JSON.parse(out.join('')) as {
      scenarios: { id: string; includesActualsTo: string | null }[];
    };
    expect(json.scenarios.map((s) => s.includesActualsTo)).toEqual([AS_OF, null]);
  });
});
