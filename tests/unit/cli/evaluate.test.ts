import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('mrct evaluate', () => {
  it('prints both sample scenarios with forecast, cost and scores, reproducibly from the seed', async () => {
    const a = capture();
    expect(
      await main(['evaluate', 'data/sample-workspace.json', '--json', '--runs', '1000', '--seed', '7'], a.io),
    ).toBe(0);
    const first = JSON.parse(a.out.join(''));
    expect(first.scenarios.map((s: { id: string }) => s.id)).toEqual(['SCN-USEU', 'SCN-GLOBAL']);
    for (const s of first.scenarios) {
      expect(s.lastPatientInMonths.p10).toBeLessThanOrEqual(s.lastPatientInMonths.p50);
      expect(s.lastPatientInMonths.p50).toBeLessThanOrEqual(s.lastPatientInMonths.p90);
      expect(s.pReachByDeadline).toBeGreaterThanOrEqual(0);
      expect(s.cost.expected).toBeGreaterThan(1e6);
      expect(s.scores.rank).toBeGreaterThanOrEqual(1);
      // Issue 19: milestones to topline with dates; topline after LPI (the sample is event-driven).
      const ids = s.milestones.map((m: { id: string }) => m.id);
      expect(ids).toEqual([
        'firstSiteActivated',
        'firstPatientIn',
        'lastPatientIn',
        'analysisTrigger',
        'databaseLock',
        'topline',
      ]);
      const topline = s.milestones[5];
      expect(topline.months.p50).toBeGreaterThan(s.lastPatientInMonths.p50);
      expect(topline.dates.p50).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.milestones[2].months.p50).toBeCloseTo(s.lastPatientInMonths.p50, 2);
    }
    // More sites and more productive countries: the global mix is faster at the median
    expect(first.scenarios[1].lastPatientInMonths.p50).toBeLessThan(
      first.scenarios[0].lastPatientInMonths.p50,
    );
    const b = capture();
    await main(['evaluate', 'data/sample-workspace.json', '--json', '--runs', '1000', '--seed', '7'], b.io);
    expect(JSON.parse(b.out.join(''))).toEqual(first);
  });

  it('evaluates one scenario with --scenario and prints a table by default', async () => {
    const c = capture();
    expect(
      await main(
        ['evaluate', 'data/sample-workspace.json', '--scenario', 'SCN-GLOBAL', '--runs', '500'],
        c.io,
      ),
    ).toBe(0);
    const text = c.out.join('\n');
    expect(text).toMatch(/Global: \+ Australia/);
    expect(text).not.toMatch(/US \+ EU only/);
    expect(text).toMatch(/Composite/);
  });

  it('explains bad arguments', async () => {
    const c = capture();
    expect(await main(['evaluate', 'data/sample-workspace.json', '--scenario', 'NOPE'], c.io)).toBe(2);
    expect(c.err.join('')).toMatch(/Unknown scenario "NOPE"/);
    expect(await main(['evaluate', 'data/sample-workspace.json', '--seed', '-1'], c.io)).toBe(2);
    expect(await main(['evaluate'], c.io)).toBe(2);
    expect(await main(['evaluate', 'data/sample-workspace.json', '--threads', '3'], c.io)).toBe(2);
    expect(c.err.join('')).toMatch(/--threads must be 1 or 2, got "3"/);
  });

  it('prints the same JSON on two threads as on one (--threads 2 / --threads 1)', async () => {
    const args = ['evaluate', 'data/sample-workspace.json', '--json', '--runs', '300', '--seed', '11'];
    const one = capture();
    const two = capture();
    expect(await main([...args, '--threads', '1'], one.io)).toBe(0);
    expect(await main([...args, '--threads', '2'], two.io)).toBe(0);
    expect(two.out.join('')).toBe(one.out.join(''));
    expect(JSON.parse(one.out.join('')).scenarios).toHaveLength(2);
  }, 60_000);
});
