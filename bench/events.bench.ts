/**
 * Event engine speed (issue 19): time to the D-th event for the sample study's sizes —
 * 600 patients, 508 required deaths, 61 sites — (a) uniform accrual, 10,000 runs; (b) entry times
 * from enrollment Monte Carlo runs, 4,000 runs (what a scenario evaluation simulates,
 * scenario/milestones.ts MAX_EVENT_RUNS); (c) closed-form expected events at 60 months averaged
 * over 2,000 runs. Run: `npx tsx bench/events.bench.ts`.
 */
import {
  expectedEventsFromRuns,
  hazardFromMedian,
  simulateFromEnrollmentRuns,
  simulateUniformAccrual,
  type EventModel,
} from '../src/engine/events';
import { forecast } from '../src/engine/forecast';

const N = 600;
const D = 508;
const SITES = 61;
const model: EventModel = {
  pieceStarts: [0],
  controlHazards: [hazardFromMedian(10)],
  hazardRatio: 0.75,
  allocation: 0.5,
  dropoutHazard: -Math.log1p(-0.02) / 12,
};

function timed(label: string, f: () => unknown): void {
  f(); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `events: ${label}: median ${times[2]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times[4]!.toFixed(1)})`,
  );
}

export async function run(): Promise<void> {
  timed(`uniform accrual, ${N} patients, D = ${D}, 10,000 runs`, () =>
    simulateUniformAccrual(model, N, 24, D, 10_000, 1),
  );
  const runs = 4_000;
  const collect = {
    lpiMonths: new Float64Array(runs),
    activationMonths: new Float32Array(runs * SITES),
    siteRates: new Float32Array(runs * SITES),
  };
  forecast(
    {
      target: N,
      sites: [{ count: SITES, shape: 2, rate: 6, opensAt: { kind: 'uniform', min: 3, max: 12 } }],
    },
    { method: 'monte-carlo', runs, seed: 1, collect },
  );
  const enrollment = { runs, sites: SITES, ...collect };
  timed(
    `entries from ${SITES}-site enrollment runs, ${N} patients, D = ${D}, ${runs.toLocaleString('en-US')} runs`,
    () => simulateFromEnrollmentRuns(model, N, D, enrollment, 's'),
  );
  timed('closed-form expected events at 12/24/36/48/60 months over 2,000 runs', () =>
    expectedEventsFromRuns(model, N, enrollment, [12, 24, 36, 48, 60]),
  );
}

if (process.argv[1]?.endsWith('events.bench.ts')) void run();
