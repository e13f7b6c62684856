/**
 * How bench:turns sets the limit and Kysy against each other at one level: in pairs of rounds of equal
 * length, back to back, the pairs in turn limit-first and Kysy-first (L K, K L, L K, K L …). The
 * host's speed drifts over a run (neighbours come and go; on a quiet host whole runs of the same code
 * gave the limit 1,784–2,101 turns/s and Kysy 826–1,026): one row of each, one after the other,
 * caught the two in different weather. Rounds side by side see about the same weather; alternating
 * who goes first cancels what the first leaves the second (a drift over the pair, the database's
 * background work after the other's writes); the median pair leaves out a round a burst hit.
 */
export type Side = 'limit' | 'kysy';

export interface Round {
  pair: number;
  side: Side;
}

/** The rounds of `pairs` pairs in the order they run. */
export function interleaved(pairs: number): Round[] {
  return Array.from({ length: pairs }, (_, pair): Round[] => {
    const order: Side[] = pair % 2 === 0 ? ['limit', 'kysy'] : ['kysy', 'limit'];
    return order.map((side) => ({ pair, side }));
  }).flat();
}

/** The middle value (of an even count, the mean of the middle two). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Kysy's turns/s over the limit's, pair by pair. */
export function pairRatios(limit: number[], kysy: number[]): number[] {
  if (limit.length !== kysy.length) throw new Error(`${limit.length} limit rounds against ${kysy.length} of Kysy's: not pairs`);
  return limit.map((l, i) => kysy[i]! / l);
}
