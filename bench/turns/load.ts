import { performance } from 'node:perf_hooks';
import type { Target } from './targets.js';
import { seededRandom } from '../../test/support/seeded-random.js';
import { LOCALES, TypingVisitor, type Visitor } from './visitor.js';

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
  /** Requests by their place in the conversation (the start, the 1st message, …): how many, p50, p99, and how many of the row's slowest 1 %. */
  steps: StepFigures[];
  /** Requests sent in the row's first second (a server idle before it meets the load cold: new database connections, caches) and how many of the slowest 1 % they are. */
  firstSecond: { n: number; inTail: number };
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

function byStep(timed: Array<[number, number]>, p99: number): StepFigures[] {
  return STEPS.map(([step, from, to]) => {
    const sorted = timed.filter(([at]) => at >= from && at <= to).map(([, ms]) => ms).sort((a, b) => a - b);
    return { step, n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), inTail: sorted.filter((ms) => ms >= p99).length };
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export interface LoadPlan {
  visitors: number;
  /** Stop starting requests after this long… */
  seconds?: number;
  /** …or once this many conversations finished. */
  conversations?: number;
  seed: number;
  /** Called after each finished conversation with the running count. */
  onFinished?: (finished: number) => Promise<void> | void;
  /** The visitor to play; a typing visitor in a language of the four by default. */
  visitor?: (random: () => number, index: number) => Visitor;
}

/**
 * `visitors` people at once, each playing whole conversations one after another (start, then each
 * answer), until the time or the conversation count is up. Every request is timed on its own.
 */
export async function runLoad(target: Target, plan: LoadPlan): Promise<LoadFigures> {
  const latencies: number[] = [];
  /** Each latency with its request's place in its conversation (0: the start), and when it was sent. */
  const placed: Array<[number, number]> = [];
  const sentAt: number[] = [];
  const deadline = plan.seconds === undefined ? Infinity : performance.now() + plan.seconds * 1000;
  let finished = 0;
  let givenUp = 0;
  let errors = 0;
  let begun = 0;
  const more = () => performance.now() < deadline && (plan.conversations === undefined || begun < plan.conversations);
  const timed = async <T>(step: number, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const value = await work();
    const ms = performance.now() - t0;
    latencies.push(ms);
    placed.push([step, ms]);
    sentAt.push(t0);
    return value;
  };

  async function lane(index: number) {
    const random = seededRandom(plan.seed * 1000 + index);
    while (more()) {
      const visitor = plan.visitor?.(random, begun) ?? new TypingVisitor(LOCALES[begun % LOCALES.length]!, random);
      begun += 1;
      const session = await timed(0, () => target.start(visitor.locale)).catch(() => null);
      let failed = session === null;
      for (let step = 1; ; step++) {
        const text = session && !failed ? visitor.next(session.seen) : null;
        // Time is up: the conversation is left where it is, neither finished nor given up.
        if (text === null || performance.now() >= deadline) break;
        failed = await timed(step, () => session!.send(text)).then(() => false, () => true);
      }
      if (failed || !session) {
        errors += 1;
        continue;
      }
      if (!session.seen.done && performance.now() >= deadline) break;
      if (!session.seen.done) {
        givenUp += 1;
        continue;
      }
      finished += 1;
      await plan.onFinished?.(finished);
    }
  }

  const started = performance.now();
  await Promise.all(Array.from({ length: plan.visitors }, (_, i) => lane(i)));
  const wall = performance.now() - started;
  const early = latencies.filter((_, i) => sentAt[i]! - started < 1000);
  const sorted = [...latencies].sort((a, b) => a - b);
  const p99 = percentile(sorted, 99);
  return { turns: sorted.length, finished, givenUp, errors, turnsPerSecond: (sorted.length / wall) * 1000, p50: percentile(sorted, 50), p99, steps: byStep(placed, p99), firstSecond: { n: early.length, inTail: early.filter((ms) => ms >= p99).length } };
}
