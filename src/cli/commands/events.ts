import { parseEventsSpec, runEventsSpec, type EventsResult } from '../../engine/events';
import { commandFailure, type CliCommand, type CliIo } from '../io';
import { parseRuns, parseSeed, switchOptions, valueOptions } from '../args';
import { parseFileCommand, readCheckedSpec } from '../spec-file';

const usage = [
  'mrct events SPEC [--json] [--runs N] [--seed S]',
  '',
  'Event-driven readout forecast (docs/events.md): months from the start of accrual to the required',
  'number of events, and expected events at the "at" months. SPEC is JSON, e.g.',
  '  {"accrual": {"n": 600, "uniformMonths": 24},',
  '   "events": {"required": 400, "controlMedianMonths": 12, "hazardRatio": 0.75, "allocation": 0.5, "dropoutHazard": 0},',
  '   "at": [12, 24, 36]}',
  'accrual may instead be {"target", "siteGroups", ...} as in mrct forecast (docs/forecast-spec.md).',
  'Rates per month; allocation = share randomised to the experimental arm. Defaults: 10,000 runs, seed 1.',
].join('\n');

const DEFAULT_RUNS = 10_000;
const DEFAULT_SEED = 1;

async function runEvents(args: string[], io: CliIo): Promise<number> {
  const fail = commandFailure(io, 'events');
  const parsed = parseFileCommand(
    args,
    { ...switchOptions('json'), ...valueOptions('runs', 'seed') },
    usage.split('\n')[0] ?? '',
  );
  if (!parsed.ok) return fail(parsed.message);
  const { values, file } = parsed;
  const runsArg = parseRuns(values.runs, 1, 1_000_000);
  if (!runsArg.ok) return fail(runsArg.message);
  const seedArg = parseSeed(values.seed);
  if (!seedArg.ok) return fail(seedArg.message);
  const runs = runsArg.value ?? DEFAULT_RUNS;
  const seed = seedArg.value ?? DEFAULT_SEED;

  const spec = await readCheckedSpec(file, parseEventsSpec, io, 'events');
  if (!spec.ok) return spec.exitCode;
  let result: EventsResult;
  try {
    result = runEventsSpec(spec.spec, runs, seed);
  } catch (error) {
    if (error instanceof RangeError) return fail(error.message);
    throw error;
  }
  io.out(values.json ? JSON.stringify(eventsJson(result)) : eventsTable(result, spec.spec.required));
  return 0;
}

/** The documented JSON shape; non-finite numbers (required events never reached) become null. */
export function eventsJson(r: EventsResult): object {
  const fin = (x: number) => (Number.isFinite(x) ? x : null);
  const t = r.timeToEvents;
  return {
    timeToEvents: { mean: fin(t.mean), p10: fin(t.p10), p50: fin(t.p50), p90: fin(t.p90) },
    at: r.at.map((a) => ({ month: a.month, expectedEvents: a.expectedEvents })),
  };
}

function eventsTable(r: EventsResult, required: number): string {
  const m = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'never');
  const t = r.timeToEvents;
  const lines = [
    `Time to ${required} events (Monte Carlo, ${r.runs} runs, seed ${String(r.seed)}; reached in ${(100 * r.pReached).toFixed(1)}% of runs)`,
    '',
    'Months from start of accrual   mean      P10      P50      P90',
    `                            ${m(t.mean).padStart(7)}  ${m(t.p10).padStart(7)}  ${m(t.p50).padStart(7)}  ${m(t.p90).padStart(7)}`,
  ];
  if (r.at.length) {
    lines.push('', 'Month   Expected events');
    for (const a of r.at)
      lines.push(`${String(a.month).padStart(5)}   ${a.expectedEvents.toFixed(2).padStart(15)}`);
  }
  return lines.join('\n');
}

export const eventsCommand: CliCommand = {
  summary: 'Event-driven readout: time to the required events, expected events over time',
  usage,
  run: runEvents,
};
