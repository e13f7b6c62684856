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

  it('with gatherMs, runs a pass at once after a quiet spell, and one for the wakes that come sooner, gatherMs after the last began', async () => {
    const starts: number[] = [];
    const loop = pollingLoop(async () => void starts.push(performance.now()), { intervalMs: 60_000, logger, name: 'test', gatherMs: 200 });
    loop.start();
    loop.wake();
    expect(starts).toHaveLength(1);
    await new Promise((resolve) => setImmediate(resolve));
    loop.wake();
    loop.wake();
    expect(starts).toHaveLength(1);
    await expect.poll(() => starts.length, { interval: 5 }).toBe(2);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(195);
    await new Promise((resolve) => setTimeout(resolve, 250));
    loop.wake();
    expect(starts).toHaveLength(3);
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
