import { describe, expect, it } from 'vitest';
import { interleaved, median, pairRatios } from './rounds.js';

describe('the rounds of a level', () => {
  it('run in pairs, limit first and Kysy first in turn', () => {
    const order = interleaved(4).map((r) => `${r.side[0]}${r.pair}`);
    expect(order).toEqual(['l0', 'k0', 'k1', 'l1', 'l2', 'k2', 'k3', 'l3']);
  });

  it('give each side one round per pair', () => {
    const rounds = interleaved(3);
    for (const side of ['limit', 'kysy'] as const) expect(rounds.filter((r) => r.side === side).map((r) => r.pair)).toEqual([0, 1, 2]);
  });

  it('cancel a steady drift of the host over a level out of the median pair and the pooled ratio', () => {
    // The host slows by 2 % a round; Kysy does half the limit's turns/s in any weather.
    const speed = (round: number) => 1 - 0.02 * round;
    const rounds = interleaved(4).map((r, i) => ({ ...r, turnsPerSecond: (r.side === 'limit' ? 2000 : 1000) * speed(i) }));
    const of = (side: string) => rounds.filter((r) => r.side === side).map((r) => r.turnsPerSecond);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(sum(of('kysy')) / sum(of('limit'))).toBeCloseTo(0.5, 10);
    expect(median(pairRatios(of('limit'), of('kysy')))).toBeCloseTo(0.5, 3);
  });
});

describe('the median', () => {
  it('is the middle value of an odd count', () => {
    expect(median([0.55, 0.44, 0.48])).toBe(0.48);
  });

  it('is the mean of the middle two of an even count', () => {
    expect(median([0.5, 0.4, 0.46, 0.3])).toBeCloseTo(0.43, 10);
  });

  it('leaves out a round a burst hit', () => {
    expect(median([0.48, 0.49, 0.2, 0.5, 0.47])).toBe(0.48);
  });

  it('is NaN of nothing', () => {
    expect(median([])).toBeNaN();
  });
});

describe("a pair's ratio", () => {
  it("is Kysy's turns/s over the limit's of the same pair", () => {
    expect(pairRatios([2000, 1800], [1000, 990])).toEqual([0.5, 0.55]);
  });

  it('refuses rounds that are not pairs', () => {
    expect(() => pairRatios([2000, 1800], [1000])).toThrow(/not pairs/);
  });
});
