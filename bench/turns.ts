import { performance } from 'node:perf_hooks';
import { PROFILES, Visitor } from '../test/http/visitor.js';

export interface TurnFigures {
  turns: number;
  conversations: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
  turnsPerSecond: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/**
 * Visitor turns through the public HTTP API: `concurrency` visitors at a time play whole
 * conversations (sales-ready, nurture and disqualified in turn) until `turns` messages were answered.
 * Each turn's latency is one POST /messages round trip on loopback.
 */
export async function benchTurns(baseUrl: string, turns = 1000, concurrency = 8): Promise<TurnFigures> {
  const latencies: number[] = [];
  const profiles = Object.values(PROFILES);
  let claimed = 0;
  let conversations = 0;

  async function worker(lane: number) {
    while (claimed < turns) {
      const visitor = new Visitor(baseUrl, profiles[(conversations + lane) % profiles.length]!);
      conversations++;
      await visitor.start();
      while (!visitor.state.done && claimed < turns) {
        claimed++;
        const t0 = performance.now();
        await visitor.answer();
        latencies.push(performance.now() - t0);
      }
    }
  }

  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, lane) => worker(lane)));
  const wall = performance.now() - started;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    turns: latencies.length,
    conversations,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    max: sorted.at(-1) ?? NaN,
    turnsPerSecond: (latencies.length / wall) * 1000,
  };
}
