import type { Workspace } from '../../domain/workspace/index';
import { hgrRequirement, type HgrDecision, type HgrScope } from '../regulatory/index';

/**
 * China's human-genetic-resources (HGR) step for the study, from its facts (study.chinaHgr) and the
 * rule in regulatory/hgrac.ts:
 * - Regulation on the Administration of Human Genetic Resources (State Council Decree No. 717,
 *   2019) Art. 21–22: international cooperation using Chinese HGR needs MOST approval; a clinical
 *   trial for drug or device marketing authorisation in China that exports no HGR materials needs
 *   a filing instead. Art. 27–28: exporting HGR materials needs approval.
 * - Implementation Rules on the Administration of Human Genetic Resources (MOST Order No. 21,
 *   effective 1 July 2023) Art. 12: a "foreign party" includes an entity a foreign organisation
 *   establishes or actually controls; a sponsor without foreign control needs neither.
 *
 * Defaults when a fact is not stated (each is listed in `assumed`): a foreign party takes part and
 * HGR (samples) are used — the usual multinational trial; materials are not exported; the trial is
 * for marketing in China when China is one of the workspace's filing markets.
 */
export interface ChinaHgr extends HgrDecision {
  /** Pathway gate that applies: the approval gate, the filing gate, or none. */
  gateId: 'hgrac' | 'hgrac-filing' | undefined;
  /** Facts taken by default, as sentences. */
  assumed: string[];
  source: string;
}

export const CHINA_HGR_SOURCE =
  'Regulation on the Administration of Human Genetic Resources (State Council Decree No. 717, 2019) Art. 21–22, 27–28; Implementation Rules (MOST Order No. 21, 2023) Art. 12';

export function chinaHgr(workspace: Workspace): ChinaHgr {
  const facts = workspace.study.chinaHgr ?? {};
  const assumed: string[] = [];
  const chinaFiling = workspace.filingMarkets.some((m) => m.countries.includes('CN'));
  const fact = (value: boolean | undefined, fallback: boolean, sentence: string): boolean => {
    if (value !== undefined) return value;
    assumed.push(sentence);
    return fallback;
  };
  const scope: HgrScope = {
    foreignParty: fact(facts.foreignParty, true, 'a foreign party takes part'),
    usesHgr: fact(facts.usesHgr, true, 'Chinese samples or data are collected'),
    exportsMaterials: fact(facts.exportsMaterials, false, 'no samples leave China'),
    forMarketingInChina: fact(
      facts.forMarketingInChina,
      chinaFiling,
      chinaFiling
        ? 'for marketing in China (a filing market)'
        : 'not for marketing in China (no China filing market)',
    ),
  };
  const decision = hgrRequirement(scope);
  const gateId =
    decision.requirement === 'approval'
      ? 'hgrac'
      : decision.requirement === 'filing'
        ? 'hgrac-filing'
        : undefined;
  return { ...decision, gateId, assumed, source: CHINA_HGR_SOURCE };
}

/** True for the HGR gates of a China pathway (only the one the study's facts call for applies). */
export const isHgrGate = (gateId: string): boolean => gateId === 'hgrac' || gateId === 'hgrac-filing';
