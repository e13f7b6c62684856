import { describe, expect, it } from 'vitest';
import { createLogger } from '../log/logger.js';
import { pollingLoop } from './loop.js';

const logger = createLogger('silent');

describe('the polling loop', () => {
  it('runs a pass at once when woken, and one more after a pass that was busy when woken', async () => {
    let passes = 0;
    let release: () => void = () => undefined;
    const loop = pollingLoop(
      () => {
        passes++;
        return new Promise<void>((resolve) => (release = resolve));
      },
      { intervalMs: 60_000, logger, name: 'test' },
    );
    loop.start();
    loop.wake();
    expect(passes).toBe(1);
    loop.wake();
    loop.wake();
    expect(passes).toBe(1);
    release();
    await expect.poll(() => passes).toBe(2);
    release();
    await loop.stop();
    expect(passes).toBe(2);
  });

  it('with gatherMs, runs one pass for the wakes that come within it, that long after the first', async () => {
    let passes = 0;
    const loop = pollingLoop(async () => void passes++, { intervalMs: 60_000, logger, name: 'test', gatherMs: 40 });
    loop.start();
    const woken = performance.now();
    loop.wake();
    loop.wake();
    expect(passes).toBe(0);
    await expect.poll(() => passes, { interval: 5 }).toBe(1);
    expect(performance.now() - woken).toBeGreaterThanOrEqual(35);
    loop.wake();
    await expect.poll(() => passes, { interval: 5 }).toBe(2);
    await loop.stop();
  });

  it('does nothing when woken before start or after stop', async () => {
    let passes = 0;
    const loop = pollingLoop(async () => void passes++, { intervalMs: 60_000, logger, name: 'test' });
    loop.wake();
    loop.start();
    await loop.stop();
    loop.wake();
    expect(passes).toBe(0);
  });
});
