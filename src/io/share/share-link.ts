// Default import: lz-string is CommonJS, and Node's ESM loader (tsx, the CLI) offers no named exports for it.
import LZString from 'lz-string';
import {
  CURRENT_SCHEMA_VERSION,
  parseWorkspaceFile,
  WORKSPACE_FORMAT,
  type Workspace,
} from '../../domain/workspace/index';
import { decompressUriSafeBounded } from './bounded-decompress';
import { pruneToScenarios } from './prune';
import { SHARE_KEY } from './share-fragment';

/**
 * Share links: the workspace file, compressed with lz-string, travels in the URL FRAGMENT
 * (`#share=…`). Browsers never send the fragment to a server (RFC 3986 §3.5; it is not part of
 * the HTTP request), so the plan stays between the sender and the recipient. Opening a link
 * validates it exactly like opening a file (parseWorkspaceFile), so a damaged link changes nothing.
 */

/**
 * Longest link we produce. Chromium and Firefox accept far longer URLs, but mail clients, chat
 * apps and URL shorteners often cut links well before 64 KB; 32 KB keeps links usable.
 */
export const MAX_SHARE_URL_CHARS = 32 * 1024;

const ENVELOPE_KIND = 'mrct-planner/share';

/**
 * Longest link fragment opened: twice the longest link we make, so every link this app produced
 * opens, and a hostile one cannot make the decoder walk megabytes of input.
 */
export const MAX_SHARE_FRAGMENT_CHARS = 2 * MAX_SHARE_URL_CHARS;
/**
 * Most characters a link may decompress to. lz-string shrinks a workspace file about 5–10 times,
 * so a 64 KB fragment holds well under a million; a decompression bomb stops here (issue #14).
 */
export const MAX_SHARE_DECOMPRESSED_CHARS = 8_000_000;

export interface ShareOptions {
  /** Share only this scenario (and what it needs) instead of the whole workspace. */
  scenarioId?: string;
  /** Share only these scenarios (a comparison) and what they need; the recipient sees them selected. */
  scenarioIds?: string[];
  /** Scenario the recipient's report opens on. */
  focusScenarioId?: string;
  savedAt?: string;
}

export type ShareLinkResult =
  { ok: true; url: string; chars: number } | { ok: false; chars: number; message: string };

export type ShareOpenResult =
  | { ok: true; workspace: Workspace; focusScenarioId: string | undefined; migratedFrom?: number }
  | { ok: false; message: string; details: string[] };

/**
 * What a link carries: the scenarios shared (all when none is named) with what they need, and the
 * view that was shared — those scenarios selected on Report and Compare, the baseline when it is
 * among them; the score weights travel in the settings.
 */
export function sharedWorkspace(workspace: Workspace, options: ShareOptions = {}): Workspace {
  const ids = options.scenarioIds ?? (options.scenarioId ? [options.scenarioId] : undefined);
  if (!ids) return workspace;
  const pruned = pruneToScenarios(workspace, ids);
  const baseline = workspace.views?.compare?.baselineId;
  return {
    ...pruned,
    views: {
      report: { scenarioIds: [...ids] },
      compare: {
        scenarioIds: [...ids],
        ...(baseline && ids.includes(baseline) ? { baselineId: baseline } : {}),
      },
    },
  };
}

/** The compressed payload of a workspace (or of some scenarios of it). */
export function encodeSharePayload(workspace: Workspace, options: ShareOptions = {}): string {
  const shared = sharedWorkspace(workspace, options);
  const focus = options.focusScenarioId ?? options.scenarioId ?? options.scenarioIds?.[0];
  const envelope = {
    kind: ENVELOPE_KIND,
    ...(focus ? { focus } : {}),
    file: {
      format: WORKSPACE_FORMAT,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      savedAt: options.savedAt ?? new Date().toISOString(),
      workspace: shared,
    },
  };
  return LZString.compressToEncodedURIComponent(JSON.stringify(envelope));
}

/** A share URL on `baseUrl` (the app's address without fragment), or why it cannot be made. */
export function createShareLink(
  workspace: Workspace,
  baseUrl: string,
  options: ShareOptions = {},
): ShareLinkResult {
  const url = `${baseUrl.split('#')[0]}#${SHARE_KEY}=${encodeSharePayload(workspace, options)}`;
  if (url.length > MAX_SHARE_URL_CHARS) {
    const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
    return {
      ok: false,
      chars: url.length,
      message: `This ${options.scenarioId ? 'scenario' : options.scenarioIds ? 'comparison' : 'workspace'} makes a ${kb(url.length)} link; links over ${kb(MAX_SHARE_URL_CHARS)} are cut by many mail and chat apps. ${
        options.scenarioId ? '' : 'Share fewer scenarios, or '
      }send the plan as a file instead (it opens with Open…).`,
    };
  }
  return { ok: true, url, chars: url.length };
}

/** A link refused before its workspace could be read, with the one reason given. */
export function damagedShareLink(detail: string): ShareOpenResult {
  return {
    ok: false,
    message:
      'This share link is damaged or incomplete (perhaps cut off when it was copied); nothing was opened and your workspace is unchanged.',
    details: [detail],
  };
}

/**
 * Decodes and validates a share payload; never throws. The app runs it in a Web Worker
 * (src/worker/share-decode.ts), so even a link that reaches the caps never holds up the page.
 */
export function openSharePayload(payload: string): ShareOpenResult {
  const damaged = damagedShareLink;
  if (!payload) return damaged('The link carries no data.');
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  if (payload.length > MAX_SHARE_FRAGMENT_CHARS) {
    return damaged(
      `The link is ${kb(payload.length)}; links this app makes are at most ${kb(MAX_SHARE_URL_CHARS)}, and links over ${kb(MAX_SHARE_FRAGMENT_CHARS)} are not opened.`,
    );
  }
  let text: string | null | 'too-large';
  try {
    text = decompressUriSafeBounded(payload, MAX_SHARE_DECOMPRESSED_CHARS);
  } catch {
    text = null;
  }
  if (text === 'too-large') {
    return damaged(
      `The link expands to more than ${(MAX_SHARE_DECOMPRESSED_CHARS / 1e6).toFixed(0)} million characters, far more than any shared plan; it was not opened.`,
    );
  }
  if (!text) return damaged('The data could not be decompressed.');
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return damaged('The decompressed data is not valid JSON.');
  }
  if (
    typeof envelope !== 'object' ||
    envelope === null ||
    (envelope as { kind?: unknown }).kind !== ENVELOPE_KIND
  ) {
    return damaged('The data is not an MRCT Planner share.');
  }
  const { file, focus } = envelope as { file?: unknown; focus?: unknown };
  const parsed = parseWorkspaceFile(JSON.stringify(file ?? null), 'share link');
  if (!parsed.ok) {
    return {
      ok: false,
      message:
        'This share link does not contain a valid workspace; nothing was opened and your workspace is unchanged.',
      details: parsed.problems.slice(0, 10).map((p) => `${p.path || '(whole workspace)'}: ${p.message}`),
    };
  }
  const focusScenarioId =
    typeof focus === 'string' && parsed.workspace.scenarios.some((s) => s.id === focus) ? focus : undefined;
  return {
    ok: true,
    workspace: parsed.workspace,
    focusScenarioId,
    ...(parsed.migratedFrom ? { migratedFrom: parsed.migratedFrom } : {}),
  };
}
