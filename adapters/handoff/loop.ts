import type { Logger } from '../log/logger.js';

export interface PollingLoop {
  start(): void;
  /** Stops the loop and waits for a pass in progress. */
  stop(): Promise<void>;
  /** Runs a pass now (work was just queued, e.g. told by NOTIFY) instead of at the next interval. */
  wake(): void;
}

/** Runs `pass` every `intervalMs`, never two at once; a wake during a pass runs one more right after. */
export function pollingLoop(pass: () => Promise<unknown>, options: { intervalMs: number; logger: Logger; name: string }): PollingLoop {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;
  let busy = false;
  let again = false;

  function run() {
    timer = null;
    busy = true;
    running = pass()
      .catch((error) => options.logger.error({ err: error }, `${options.name} pass failed`))
      .finally(() => {
        busy = false;
        if (again && !stopped) {
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
      if (timer) clearTimeout(timer);
      await running;
    },
    wake() {
      if (stopped) return;
      if (busy) {
        again = true;
        return;
      }
      if (timer) clearTimeout(timer);
      run();
    },
  };
}
