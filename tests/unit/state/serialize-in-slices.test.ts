import { describe, expect, it } from 'vitest';
import { generateScaleWorkspace } from '../../../scripts/generate-scale-workspace';
import { serializeWorkspace } from '../../../src/domain/workspace/index';
import { serializeWorkspaceInSlices } from '../../../src/state/serialize-in-slices';
import { loadSampleWorkspace } from '../../../src/state/sample';

const AT = '2026-12-03T10:00:00.000Z';

/** Where two texts first differ (-1 when equal): a plain toBe diff of megabyte strings takes minutes. */
function firstDifference(a: string, b: string): number {
  if (a === b) return -1;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

describe('serializeWorkspaceInSlices', () => {
  it('gives the same text as serializeWorkspace for the sample (no array large enough to slice)', async () => {
    const ws = loadSampleWorkspace();
    expect(
      firstDifference(await serializeWorkspaceInSlices(ws, AT, async () => {}), serializeWorkspace(ws, AT)),
    ).toBe(-1);
  });

  it('gives byte-identical text for a 3,000-site workspace with 2,500 actuals rows, yielding between slices', async () => {
    const ws = generateScaleWorkspace({ sites: 3000, scenarios: 4 });
    ws.actuals = {
      asOf: '2027-06-01',
      rows: Array.from({ length: 2500 }, (_, i) => ({
        siteId: ws.sites[i % ws.sites.length]!.id,
        date: '2027-05-01',
        randomised: i % 7,
      })),
    };
    let yields = 0;
    const sliced = await serializeWorkspaceInSlices(ws, AT, async () => void yields++);
    expect(firstDifference(sliced, serializeWorkspace(ws, AT))).toBe(-1);
    // sites (3,000) in 6 slices, actuals rows (2,500) in 5, investigators too when ≥ 1,000.
    expect(yields).toBeGreaterThanOrEqual(11);
    expect(JSON.parse(sliced).workspace.sites).toHaveLength(3000);
  });

  it('keeps text that happens to contain the quote and newline characters intact', async () => {
    const ws = generateScaleWorkspace({ sites: 1200, scenarios: 2 });
    ws.sites[5] = { ...ws.sites[5]!, name: 'St "Mary"\nHospital \\ Ward' };
    expect(
      firstDifference(await serializeWorkspaceInSlices(ws, AT, async () => {}), serializeWorkspace(ws, AT)),
    ).toBe(-1);
  });
});
