/**
 * One queue for every staged piece of the page: it releases one piece, waits until that piece has
 * rendered and committed (the piece calls `done`), then releases the next in a new macrotask. A
 * screen whose charts all mount — or all re-render when refined results arrive — in one React
 * render is one long main-thread task (Compare at 10,000 sites measured 450–670 ms); released one
 * per task, each chart is its own short task and input and paint get in between (issue 18).
 */
type Job = { run: () => void; cancelled: boolean };

const waiting: Job[] = [];
let running: Job | null = null;
let fallback: ReturnType<typeof setTimeout> | undefined;

/** A piece that never reports (unmounted mid-render, an error) must not stall the queue forever. */
const STALL_MS = 2000;

function pump(): void {
  if (running) return;
  let job = waiting.shift();
  while (job?.cancelled) job = waiting.shift();
  if (!job) return;
  running = job;
  fallback = setTimeout(() => finish(job), STALL_MS);
  job.run();
}

function finish(job: Job): void {
  if (running !== job) return;
  running = null;
  clearTimeout(fallback);
  // A new macrotask: the browser may paint and handle input before the next piece renders.
  setTimeout(pump, 0);
}

export interface StagedTicket {
  /** Drop the job if it has not run yet; if it is running, let the queue move on. */
  cancel: () => void;
  /** The piece has rendered (call from an effect after its commit). */
  done: () => void;
}

/** Queues `run` (a state update that renders one piece); call `done` once it has committed. */
export function enqueueStaged(run: () => void): StagedTicket {
  const job: Job = { run, cancelled: false };
  waiting.push(job);
  setTimeout(pump, 0);
  return {
    cancel: () => {
      job.cancelled = true;
      finish(job);
    },
    done: () => finish(job),
  };
}

/** How many pieces are waiting or rendering (for tests). */
export function stagedBacklog(): number {
  return waiting.filter((j) => !j.cancelled).length + (running ? 1 : 0);
}
