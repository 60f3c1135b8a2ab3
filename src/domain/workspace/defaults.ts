import type { Settings } from './settings';
import type { Study } from './study';
import { DEFAULT_ENDPOINT } from './endpoint';
import { V2_DEFAULT_SETTINGS } from './migrations';
import type { Workspace } from './workspace';

/**
 * Default modelling settings: still those v2 introduced, so they are taken from the v1→v2
 * migration's frozen copy (one source). To change a default, write the new value here
 * (`{ ...V2_DEFAULT_SETTINGS, … }`), never in the migration: an old file must open as it did.
 * The optimism discount of 0.3 reflects that sites' own feasibility estimates run high: ~11% of
 * sites enrol nobody and about half under-enrol (Tufts CSDD 2012/2013).
 */
export const DEFAULT_SETTINGS: Settings = structuredClone(V2_DEFAULT_SETTINGS);

export function blankStudy(today: string): Study {
  const year = Number(today.slice(0, 4));
  return {
    name: 'Untitled study',
    indication: 'To be defined',
    therapeuticArea: 'oncology',
    phase: '3',
    targetRandomised: 300,
    screenFailureRate: 0.3,
    dropoutRate: 0.1,
    plannedFirstSubmission: `${year + 1}-03-01`,
    enrollmentDeadline: `${year + 3}-03-01`,
    reportingCurrency: 'USD',
    endpoint: structuredClone(DEFAULT_ENDPOINT),
  };
}

/** A new, empty workspace (what "New workspace" creates). */
export function blankWorkspace(id: string, today: string): Workspace {
  return {
    id,
    study: blankStudy(today),
    countries: [],
    investigators: [],
    sites: [],
    cros: [],
    scenarios: [],
    filingMarkets: [],
    settings: structuredClone(DEFAULT_SETTINGS),
  };
}
