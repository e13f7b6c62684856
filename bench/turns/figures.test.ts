import { describe, expect, it } from 'vitest';
import { type LoadRun, pooled } from './figures.js';

/** A round of `n` requests each taking `ms`, sent one every `every` ms, over `wallMs`. */
function round(n: number, ms: (i: number) => number, wallMs: number, every = wallMs / n): LoadRun {
  const timed = Array.from({ length: n }, (_, i) => ({ step: i % 12, ms: ms(i), sentAfter: i * every }));
  return { timed, wallMs, finished: Math.floor(n / 12), givenUp: 0, errors: 0 };
}

describe('pooled rounds', () => {
  it("take turns/s over the rounds' summed wall time, not the mean of their rates", () => {
    const figures = pooled([round(3000, () => 5, 3000), round(1000, () => 5, 2000)]);
    expect(figures.turns).toBe(4000);
    expect(figures.turnsPerSecond).toBe(800);
  });

  it('take the percentiles over every request of every round', () => {
    // 99 fast requests in one round, one slow in the other: the slowest is the p100, the p99 is fast.
    const figures = pooled([round(99, () => 1, 1000), round(1, () => 50, 1000)]);
    expect(figures.p50).toBe(1);
    expect(figures.p99).toBe(1);
    const slower = pooled([round(98, () => 1, 1000), round(2, () => 50, 1000)]);
    expect(slower.p99).toBe(50);
  });

  it("count the requests sent in each round's own first second", () => {
    const figures = pooled([round(30, () => 2, 3000), round(30, () => 2, 3000)]);
    expect(figures.firstSecond.n).toBe(20);
  });

  it('sum the conversations finished, given up and failed', () => {
    const a = { ...round(24, () => 1, 1000), givenUp: 1, errors: 2 };
    const b = { ...round(36, () => 1, 1000), givenUp: 0, errors: 1 };
    expect(pooled([a, b])).toMatchObject({ finished: 5, givenUp: 1, errors: 3 });
  });

  it('keep the rounds they sum up', () => {
    const runs = [round(10, () => 1, 1000), round(10, () => 1, 1000)];
    expect(pooled(runs).runs).toEqual(runs);
  });
});
