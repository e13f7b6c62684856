import type { Logger } from '../log/logger.js';

export interface PollingLoop {
  start(): void;
  /** Stops the loop and waits for a pass in progress. */
  stop(): Promise<void>;
  /** Runs a pass now (or, within `gatherMs` of the last one, that long after it) instead of at the next interval: work was just queued, e.g. told by NOTIFY. */
  wake(): void;
}

/**
 * Runs `pass` every `intervalMs`, never two at once; a wake during a pass runs one more right after,
 * and so does a pass that `more` says left work behind (a claim that came back full: waiting out the
 * interval instead drained a backlog 10 handoffs a second).
 * With `gatherMs`, woken passes start at least that far apart: a wake after a quiet spell runs its
 * pass at once (a lone lead's card is not held back), and the wakes that come sooner join one pass
 * `gatherMs` after the last began, so work queued at a steady rate (a handoff per finished lead while
 * visitors type) is claimed a few items per pass instead of one pass per item. (Every wake used to
 * wait `gatherMs`: 100 ms on each lone handoff, bench/handoff.ts.)
 */
export function pollingLoop<T>(
  pass: () => Promise<T>,
  options: { intervalMs: number; logger: Logger; name: string; gatherMs?: number; more?: (result: T) => boolean },
): PollingLoop {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;
  let busy = false;
  let again = false;
  let gathering = false;
  let lastStart = -Infinity;

  function run() {
    timer = null;
    gathering = false;
    busy = true;
    lastStart = performance.now();
    let more = false;
    running = pass()
      .then((result) => (more = options.more?.(result) ?? false))
      .catch((error) => options.logger.error({ err: error }, `${options.name} pass failed`))
      .finally(() => {
        busy = false;
        if ((again || more) && !stopped) {
          again = false;
          run();
        } else schedule();
      });
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(run, options.intervalMs);
    timer.unref();
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      gathering = false;
      if (timer) clearTimeout(timer);
      await running;
    },
    wake() {
      if (stopped) return;
      if (busy) {
        again = true;
        return;
      }
      if (gathering) return;
      if (timer) clearTimeout(timer);
      const wait = lastStart + (options.gatherMs ?? 0) - performance.now();
      if (wait <= 0) return run();
      gathering = true;
      timer = setTimeout(run, wait);
      timer.unref();
    },
  };
}
