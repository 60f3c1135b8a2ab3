import { actualsPerScenario } from './actuals';
/**
 * Version 3 gathers this release's format changes. Each topic adds its own small, pure step
 * (a file beside this one) to V2_TO_V3_STEPS; the steps run in order on the v2 document's
 * `workspace` object. Until version 3 ships, steps may be added here; after that, a new version.
 */
import { addStudyEndpoint } from './endpoints';

export type WorkspaceJson = Record<string, unknown>;
export type WorkspaceStep = (workspace: WorkspaceJson) => WorkspaceJson;

export const V2_TO_V3_STEPS: readonly WorkspaceStep[] = [addStudyEndpoint, actualsPerScenario];
