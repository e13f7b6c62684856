import { describe, expect, it } from 'vitest';
import { mergedStalls, type ThreadStalls, worstLoop } from './stalls.js';

const loop = (p99: number, max: number, samples = 100) => ({ p50: 0, p99, p999: p99 + 1, max, samples });

describe("a server's stalls over its rounds", () => {
  it("keep the worst round's loop delays and every sample", () => {
    expect(worstLoop([loop(4, 9), loop(7, 8)])).toEqual({ p50: 0, p99: 7, p999: 8, max: 9, samples: 200 });
  });

  it('sum each thread\'s collections and keep the longest', () => {
    const main = (minor: { count: number; totalMs: number; maxMs: number }): ThreadStalls => ({ threadId: 0, main: true, loop: loop(1, 2), gc: { minor: { ...minor, over10ms: 0 } } });
    const worker: ThreadStalls = { threadId: 3, main: false, loop: loop(5, 6), gc: { major: { count: 1, totalMs: 4, maxMs: 4, over10ms: 0 } } };
    const merged = mergedStalls([[main({ count: 3, totalMs: 6, maxMs: 3 }), worker], [main({ count: 2, totalMs: 9, maxMs: 7 })]]);
    expect(merged).toEqual([
      { threadId: 0, main: true, loop: { ...loop(1, 2), samples: 200 }, gc: { minor: { count: 5, totalMs: 15, maxMs: 7, over10ms: 0 } } },
      worker,
    ]);
  });
});
