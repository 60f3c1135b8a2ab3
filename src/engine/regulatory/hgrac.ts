/**
 * China's human-genetic-resources (HGR) step for a clinical trial, by scope. Rules:
 * - Regulation of the PRC on the Administration of Human Genetic Resources (State Council Decree
 *   No. 717, 2019), Art. 21–22 (international cooperation: approval; for clinical trials seeking
 *   drug or device marketing authorisation in China that do not export HGR materials: filing
 *   instead of approval) and Art. 27–28 (export of HGR materials needs approval).
 * - Implementation Rules on the Administration of Human Genetic Resources (MOST Order No. 21,
 *   effective 1 July 2023), Art. 12 and 36: a "foreign party" is a foreign organisation or
 *   individual or an entity it establishes or actually controls; a domestic sponsor without
 *   foreign control needs no international-cooperation approval or filing.
 * - Collecting HGR in China by a foreign party alone is prohibited (Decree 717 Art. 21).
 */
export interface HgrScope {
  /** A foreign party (foreign entity, or one it establishes or actually controls) takes part. */
  foreignParty: boolean;
  /** Chinese HGR materials (samples) or data are collected or used. */
  usesHgr: boolean;
  /** The trial supports marketing authorisation of a drug or device in China. */
  forMarketingInChina: boolean;
  /** HGR materials (biological samples) leave China, e.g. to a central lab abroad. */
  exportsMaterials: boolean;
}

export type HgrRequirement = 'none' | 'filing' | 'approval';

export interface HgrDecision {
  requirement: HgrRequirement;
  /** Export approval of materials, separate from the cooperation filing/approval. */
  exportApproval: boolean;
  reason: string;
}

/** The HGR step a trial needs in China, with the rule that decides it. */
export function hgrRequirement(scope: HgrScope): HgrDecision {
  if (!scope.usesHgr || !scope.foreignParty) {
    return {
      requirement: 'none',
      exportApproval: scope.usesHgr && scope.exportsMaterials,
      reason: !scope.usesHgr
        ? 'No Chinese human genetic resources are collected or used.'
        : 'No foreign party (MOST Order 21 Art. 12): no international-cooperation filing or approval; export of materials still needs approval (Decree 717 Art. 27).',
    };
  }
  if (scope.forMarketingInChina && !scope.exportsMaterials) {
    return {
      requirement: 'filing',
      exportApproval: false,
      reason:
        'International cooperation in a clinical trial for marketing in China without export of materials: filing, not approval (Decree 717 Art. 22).',
    };
  }
  return {
    requirement: 'approval',
    exportApproval: scope.exportsMaterials,
    reason: scope.exportsMaterials
      ? 'Foreign party and HGR materials exported: international-cooperation approval and export approval (Decree 717 Art. 22, 27–28).'
      : 'Foreign party, trial not for marketing in China: international-cooperation approval (Decree 717 Art. 22).',
  };
}
