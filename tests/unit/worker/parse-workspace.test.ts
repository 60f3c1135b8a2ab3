import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile } from '../../../src/domain/workspace/index';
import { EngineClient } from '../../../src/worker/client';
import { engineCommands } from '../../../src/worker/commands';
import { parseWorkspaceOffMainThread } from '../../../src/worker/parse-workspace';
import type { EngineReply, EngineRequest } from '../../../src/worker/protocol';

const sampleText = readFileSync('data/sample-workspace.json', 'utf8');

/** A Worker stand-in: runs the real command map on structured clones, as the browser would. */
class CloningWorker {
  onmessage: ((e: MessageEvent<EngineReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly commands: string[] = [];
  constructor(private readonly crash = false) {}
  postMessage(message: EngineRequest) {
    const req = structuredClone(message);
    this.commands.push(req.command);
    setTimeout(() => {
      if (this.crash) {
        this.onerror?.({ preventDefault() {} } as ErrorEvent);
        return;
      }
      const fn = (engineCommands as Record<string, (...a: unknown[]) => unknown>)[req.command];
      this.onmessage?.({ data: structuredClone({ id: req.id, ok: true, result: fn?.(...req.args) }) } as MessageEvent<EngineReply>);
    }, 1);
  }
  terminate() {}
}

describe('parseWorkspaceOffMainThread', () => {
  it('parses in the worker and returns the same workspace as parsing here', async () => {
    // Given a worker and the sample workspace file
    const worker = new CloningWorker();
    const client = new EngineClient(() => worker as unknown as Worker);
    // When the text is parsed off the main thread
    const result = await parseWorkspaceOffMainThread(sampleText, 'sample.mrct.json', client);
    // Then the worker did the parsing, and the workspace equals the main-thread parse
    expect(worker.commands).toEqual(['parseWorkspaceFile']);
    const here = parseWorkspaceFile(sampleText, 'sample.mrct.json');
    expect(result.ok && here.ok).toBe(true);
    expect(result).toEqual(here);
  });

  it('refuses a bad file with the same problems (file, JSON path, reason) as before', async () => {
    // Given a file whose first site's own enrollment estimate is text, and a file cut short
    const doc = JSON.parse(sampleText) as { workspace: { sites: Record<string, unknown>[] } };
    doc.workspace.sites[0]!.selfEstimatePerMonth = 'about one';
    const damaged = JSON.stringify(doc);
    const client = new EngineClient(() => new CloningWorker() as unknown as Worker);
    // When both are parsed in the worker
    const bad = await parseWorkspaceOffMainThread(damaged, 'damaged.json', client);
    const notJson = await parseWorkspaceOffMainThread('{"schemaVersion": 2,', 'cut.json', client);
    // Then each is refused with exactly the problems the main-thread parser gives
    expect(bad.ok).toBe(false);
    expect(bad).toEqual(parseWorkspaceFile(damaged, 'damaged.json'));
    expect(!bad.ok && bad.problems[0]).toMatchObject({ file: 'damaged.json', path: 'workspace.sites[0].selfEstimatePerMonth' });
    expect(notJson).toEqual(parseWorkspaceFile('{"schemaVersion": 2,', 'cut.json'));
    expect(!notJson.ok && notJson.problems[0]?.message).toMatch(/^Not valid JSON/);
  });

  it('falls back to the main thread when no worker can start', async () => {
    // Given a browser without workers
    const client = new EngineClient(() => {
      throw new Error('No Web Worker support');
    });
    // When a file is parsed
    const result = await parseWorkspaceOffMainThread(sampleText, 'sample.mrct.json', client);
    // Then it is parsed here, with the same result
    expect(client.usesWorker).toBe(false);
    expect(result).toEqual(parseWorkspaceFile(sampleText, 'sample.mrct.json'));
  });

  it('falls back to the main thread when the worker crashes mid-parse', async () => {
    // Given a worker that fails with an error event
    const client = new EngineClient(() => new CloningWorker(true) as unknown as Worker);
    // When a file is parsed
    const result = await parseWorkspaceOffMainThread(sampleText, 'sample.mrct.json', client);
    // Then the parse is completed here
    expect(result.ok).toBe(true);
    expect(result).toEqual(parseWorkspaceFile(sampleText, 'sample.mrct.json'));
  });

  it('parses here when the worker answers with an error', async () => {
    // Given a client whose worker rejects every request
    const failing = { run: () => Promise.reject(new Error('Engine worker lost')) } as unknown as EngineClient;
    // When a file is parsed
    const result = await parseWorkspaceOffMainThread('[]', 'array.json', failing);
    // Then the file's own problem is reported, not the worker's
    expect(result).toEqual({ ok: false, problems: [{ file: 'array.json', path: '', message: 'Expected a JSON object describing a workspace.' }] });
  });
});
