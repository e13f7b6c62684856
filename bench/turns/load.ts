import { performance } from 'node:perf_hooks';
import type { Target } from './targets.js';
import { seededRandom } from '../../test/support/seeded-random.js';
import { type LoadFigures, pooled, type Timed } from './figures.js';
import { LOCALES, TypingVisitor, type Visitor } from './visitor.js';

export type { LoadFigures } from './figures.js';

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
  const timed: Timed[] = [];
  const started = performance.now();
  const deadline = plan.seconds === undefined ? Infinity : performance.now() + plan.seconds * 1000;
  let finished = 0;
  let givenUp = 0;
  let errors = 0;
  let begun = 0;
  const more = () => performance.now() < deadline && (plan.conversations === undefined || begun < plan.conversations);
  const time = async <T>(step: number, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const value = await work();
    timed.push({ step, ms: performance.now() - t0, sentAfter: t0 - started });
    return value;
  };

  async function lane(index: number) {
    const random = seededRandom(plan.seed * 1000 + index);
    while (more()) {
      const visitor = plan.visitor?.(random, begun) ?? new TypingVisitor(LOCALES[begun % LOCALES.length]!, random);
      begun += 1;
      const session = await time(0, () => target.start(visitor.locale)).catch(() => null);
      let failed = session === null;
      for (let step = 1; ; step++) {
        const text = session && !failed ? visitor.next(session.seen) : null;
        // Time is up: the conversation is left where it is, neither finished nor given up.
        if (text === null || performance.now() >= deadline) break;
        failed = await time(step, () => session!.send(text)).then(() => false, () => true);
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

  await Promise.all(Array.from({ length: plan.visitors }, (_, i) => lane(i)));
  return pooled([{ timed, wallMs: performance.now() - started, finished, givenUp, errors }]);
}
