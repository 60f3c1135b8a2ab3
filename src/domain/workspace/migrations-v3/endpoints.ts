import type { WorkspaceStep } from './index';

/**
 * v2 → v3, study endpoints (issue 19): v2 studies had no primary analysis. They become
 * enrollment-driven with no follow-up after LPI and P(deadline)/speed still on LPI, so a migrated
 * file gives the same results as before; lags and event fields get fixed values, frozen here (a
 * migration must never follow a changed default; today's DEFAULT_ENDPOINT starts from this one).
 */
export const V3_ENDPOINT = Object.freeze({
  kind: 'enrollment',
  followUpMonths: 0,
  requiredEvents: 200,
  controlMedianMonths: 12,
  controlHazardPieces: [],
  hazardRatio: 0.75,
  allocation: 0.5,
  dropoutRatePerYear: 0.05,
  dbLockLagMonths: 3,
  toplineLagMonths: 1,
  scoreOn: 'lpi',
});

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const addStudyEndpoint: WorkspaceStep = (workspace) => {
  const study = workspace.study;
  if (!isObject(study) || 'endpoint' in study) return workspace;
  return { ...workspace, study: { ...study, endpoint: structuredClone(V3_ENDPOINT) } };
};
