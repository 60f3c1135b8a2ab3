import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile, type Workspace } from '../../../../src/domain/workspace/index';
import { getPathway } from '../../../../src/domain/reference/index';
import { buildScenarioModel } from '../../../../src/engine/evaluation/build-model';
import { chinaHgr } from '../../../../src/engine/evaluation/china-hgr';

const parsed = parseWorkspaceFile(readFileSync('data/sample-workspace.json', 'utf8'));
if (!parsed.ok) throw new Error('sample invalid');
const sample: Workspace = parsed.workspace;

const chinaGates = (ws: Workspace) => {
  const model = buildScenarioModel(ws, 'SCN-GLOBAL');
  return { model, gates: model.forecastInput.startup!.countries.find((c) => c.countryId === 'CN')!.gateDays };
};
const gateDays = (id: string) => {
  const g = getPathway('nmpa-ind-60wd')!.gates.find((g) => g.id === id)!.durationDays;
  return { min: g.min, mode: g.mode, max: g.max };
};

describe("China's human-genetic-resources step from the study facts (Decree 717 Art. 22, MOST Order 21)", () => {
  it('the sample (China a filing market, facts not stated): a filing, with its defaults listed', () => {
    const { model, gates } = chinaGates(sample);
    expect(model.chinaHgr?.requirement).toBe('filing');
    expect(model.chinaHgr?.assumed).toEqual([
      'a foreign party takes part',
      'Chinese samples or data are collected',
      'no samples leave China',
      'for marketing in China (a filing market)',
    ]);
    expect(model.chinaHgr?.source).toMatch(/Decree No\. 717.*MOST Order No\. 21, 2023/);
    expect(gates).toEqual([gateDays('hgrac-filing')]);
  });

  it('samples exported to a central lab abroad: approval and export approval, on the approval gate', () => {
    const ws = structuredClone(sample);
    ws.study.chinaHgr = { exportsMaterials: true };
    const { model, gates } = chinaGates(ws);
    expect(model.chinaHgr).toMatchObject({ requirement: 'approval', exportApproval: true, gateId: 'hgrac' });
    expect(gates).toEqual([gateDays('hgrac')]);
  });

  it('no China filing market: approval (international cooperation not for marketing in China)', () => {
    const ws = structuredClone(sample);
    ws.filingMarkets = ws.filingMarkets.filter((m) => !m.countries.includes('CN'));
    expect(chinaHgr(ws).requirement).toBe('approval');
    expect(chinaHgr(ws).assumed).toContain('not for marketing in China (no China filing market)');
  });

  it('a domestic sponsor without foreign control, or no HGR collected: no HGR gate at all', () => {
    for (const facts of [{ foreignParty: false }, { usesHgr: false }]) {
      const ws = structuredClone(sample);
      ws.study.chinaHgr = facts;
      const { model, gates } = chinaGates(ws);
      expect(model.chinaHgr?.requirement).toBe('none');
      expect(gates).toEqual([]);
    }
  });

  it('is absent from a scenario without China', () => {
    expect(buildScenarioModel(sample, 'SCN-USEU').chinaHgr).toBeUndefined();
  });
});
