import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile, type ParseResult } from '../../../src/domain/workspace/index';
import { parseWorkspaceOffMainThread, type ParseRequest } from '../../../src/worker/parse-workspace';
import type { OneShotWorker } from '../../../src/worker/one-shot-worker';

const sampleText = readFileSync('data/sample-workspace.json', 'utf8');

/** A stand-in for parse.worker.ts: parses structured clones, as the browser would, after a tick. */
class CloningWorker {
  onmessage: ((e: MessageEvent<ParseResult>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly received: ParseRequest[] = [];
  terminated = false;
  constructor(private readonly crash = false) {}
  postMessage(message: ParseRequest) {
    const req = structuredClone(message);
    this.received.push(req);
    setTimeout(() => {
      if (this.crash) this.onerror?.({ preventDefault() {} } as ErrorEvent);
      else
        this.onmessage?.({
          data: structuredClone(parseWorkspaceFile(req.text, req.file)),
        } as MessageEvent<ParseResult>);
    }, 1);
  }
  terminate() {
    this.terminated = true;
  }
}

const using = (worker: CloningWorker) => () => worker as unknown as OneShotWorker;

describe('parseWorkspaceOffMainThread', () => {
  it('parses in a worker, returns the workspace parsing here gives, and ends the worker', async () => {
    // Given a worker and the sample workspace file
    const worker = new CloningWorker();
    // When the text is parsed off the main thread
    const result = await parseWorkspaceOffMainThread(sampleText, 'sample.mrct.json', using(worker));
    // Then the worker got the text and name, the workspace equals the main-thread parse, and the worker is gone
    expect(worker.received).toEqual([{ text: sampleText, file: 'sample.mrct.json' }]);
    const here = parseWorkspaceFile(sampleText, 'sample.mrct.json');
    expect(here.ok).toBe(true);
    expect(result).toEqual(here);
    expect(worker.terminated).toBe(true);
  });

  it('refuses a bad file with the same problems (file, JSON path, reason) as before', async () => {
    // Given a file whose first site's own enrollment estimate is text, and a file cut short
    const doc = JSON.parse(sampleText) as { workspace: { sites: Record<string, unknown>[] } };
    doc.workspace.sites[0]!.selfEstimatePerMonth = 'about one';
    const damaged = JSON.stringify(doc);
    // When both are parsed in workers
    const bad = await parseWorkspaceOffMainThread(damaged, 'damaged.json', using(new CloningWorker()));
    const cut = await parseWorkspaceOffMainThread(
      '{"schemaVersion": 2,',
      'cut.json',
      using(new CloningWorker()),
    );
    // Then each is refused with exactly the problems the main-thread parser gives
    expect(bad).toEqual(parseWorkspaceFile(damaged, 'damaged.json'));
    expect(!bad.ok && bad.problems[0]).toMatchObject({
      file: 'damaged.json',
      path: 'workspace.sites[0].selfEstimatePerMonth',
    });
    expect(cut).toEqual(parseWorkspaceFile('{"schemaVersion": 2,', 'cut.json'));
    expect(!cut.ok && cut.problems[0]?.message).toMatch(/^Not valid JSON/);
  });

  it('parses here when no worker can start', async () => {
    // Given a browser without workers
    const none = () => {
      throw new Error('No Web Worker support');
    };
    // When a file is parsed, then it is parsed here with the same result
    await expect(parseWorkspaceOffMainThread(sampleText, 'sample.mrct.json', none)).resolves.toEqual(
      parseWorkspaceFile(sampleText, 'sample.mrct.json'),
    );
  });

  it('parses here when the worker fails, and reports the file’s own problems', async () => {
    // Given a worker that dies with an error event
    const worker = new CloningWorker(true);
    // When a valid file and an invalid one are parsed
    const good = await parseWorkspaceOffMainThread(sampleText, 'sample.mrct.json', using(worker));
    const array = await parseWorkspaceOffMainThread('[]', 'array.json', using(new CloningWorker(true)));
    // Then both are parsed here: the worker's failure is never blamed on the file
    expect(good).toEqual(parseWorkspaceFile(sampleText, 'sample.mrct.json'));
    expect(worker.terminated).toBe(true);
    expect(array).toEqual({
      ok: false,
      problems: [{ file: 'array.json', path: '', message: 'Expected a JSON object describing a workspace.' }],
    });
  });
});
