/** One request as the load generator timed it. */
export interface Timed {
  /** Its place in its conversation (0: the start). */
  step: number;
  ms: number;
  /** When it was sent, in ms after its load began. */
  sentAfter: number;
}

/** What one load (a round) saw, before any summing up. */
export interface LoadRun {
  timed: Timed[];
  wallMs: number;
  finished: number;
  givenUp: number;
  errors: number;
}

export interface LoadFigures {
  /** Requests answered: each conversation's start and each message. */
  turns: number;
  finished: number;
  givenUp: number;
  /** Requests answered with an error (the conversation is dropped there): reported, not hidden. */
  errors: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  /** Requests by their place in the conversation (the start, the 1st message, …): how many, p50, p99, and how many of the slowest 1 %. */
  steps: StepFigures[];
  /** Requests sent in a load's first second (a server idle before it meets the load cold: new database connections, caches) and how many of the slowest 1 % they are. */
  firstSecond: { n: number; inTail: number };
  /** The loads these figures sum up (one, or the rounds pooled). */
  runs: LoadRun[];
}

export interface StepFigures {
  step: string;
  n: number;
  p50: number;
  p99: number;
  inTail: number;
}

/** Places in a conversation reported apart: the start and first messages (cold work), later ones grouped. */
const STEPS: Array<[string, number, number]> = [
  ['start', 0, 0],
  ['1', 1, 1],
  ['2', 2, 2],
  ['3-5', 3, 5],
  ['6-10', 6, 10],
  ['11+', 11, Infinity],
];

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

function byStep(timed: Timed[], p99: number): StepFigures[] {
  return STEPS.map(([step, from, to]) => {
    const sorted = timed.filter((t) => t.step >= from && t.step <= to).map((t) => t.ms).sort((a, b) => a - b);
    return { step, n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), inTail: sorted.filter((ms) => ms >= p99).length };
  });
}

/**
 * The figures of loads taken together, as if one: turns/s over their summed wall time, percentiles over
 * all their requests. A server's rounds at one level pooled so are its row.
 */
export function pooled(runs: LoadRun[]): LoadFigures {
  const timed = runs.flatMap((r) => r.timed);
  const sorted = timed.map((t) => t.ms).sort((a, b) => a - b);
  const p99 = percentile(sorted, 99);
  const early = timed.filter((t) => t.sentAfter < 1000);
  const wallMs = runs.reduce((ms, r) => ms + r.wallMs, 0);
  const sum = (pick: (r: LoadRun) => number) => runs.reduce((n, r) => n + pick(r), 0);
  return {
    turns: sorted.length,
    finished: sum((r) => r.finished),
    givenUp: sum((r) => r.givenUp),
    errors: sum((r) => r.errors),
    turnsPerSecond: wallMs > 0 ? (sorted.length / wallMs) * 1000 : NaN,
    p50: percentile(sorted, 50),
    p99,
    steps: byStep(timed, p99),
    firstSecond: { n: early.length, inTail: early.filter((t) => t.ms >= p99).length },
    runs,
  };
}
