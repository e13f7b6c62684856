import type { LoadFigures } from './figures.js';
import { median, pairRatios } from './rounds.js';
import type { ThreadCpu } from './servers.js';
import { type LoopDelay, showLoop, showThread, type ThreadStalls } from './stalls.js';

/** One level of visitors at once: each server's rounds there, pooled, and what they cost. */
export interface Row {
  visitors: number;
  limit: LoadFigures;
  kysy: LoadFigures;
  /** Each round's turns/s, pair by pair in the order run (the limit's first round is paired with Kysy's first). */
  rounds: { limit: number[]; kysy: number[] };
  /** CPU ms per answered request of each server's process over its rounds. */
  cpu: { limit: number; kysy: number };
  /** Kysy's CPU ms per answered request in its main thread and in its worker threads (PGlite's); the rest is V8's and libuv's threads. */
  threads: ThreadCpu;
  /** CPU ms per answered request of the PostgreSQL server over each server's rounds (NaN on PGlite, which runs in the server's process). */
  database: { limit: number; kysy: number };
  /** What held each server's threads and the load generator's loop up over its rounds (the worst round's loop delays, collections summed). */
  stalls: { limit: ThreadStalls[]; kysy: ThreadStalls[]; generator: { limit: LoopDelay; kysy: LoopDelay } };
}

/** Kysy's share of the limit's turns/s at a level: the median pair's. */
export const share = (row: Row) => median(pairRatios(row.rounds.limit, row.rounds.kysy));

const num = (n: number, digits = 1) => n.toFixed(digits).padStart(8);
const pct = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

export function printRows(database: string, rows: Row[], pairs: number, seconds: number) {
  console.log(`\n${database}: ${pairs} pairs of ${seconds} s rounds per row (limit and Kysy in turn), every request timed (a conversation's start and each typed message); kysy/limit is the median pair's`);
  console.log(
    'visitors | limit turns/s |  p50 ms |  p99 ms | kysy turns/s |  p50 ms |  p99 ms | kysy/limit | p99 ×  | CPU ms/turn limit, kysy | kysy main, workers, other | busy main, workers | database CPU ms/turn | convs done (given up, errors)',
  );
  for (const row of rows) {
    const { visitors, limit, kysy, cpu, threads, database } = row;
    const other = cpu.kysy - threads.main - threads.workers;
    // A thread's share of the row's wall time spent on CPU: one near 100 % is what holds Kysy back;
    // both well under it on a busy machine, the neighbours are.
    const busy = (msPerTurn: number) => `${((msPerTurn * kysy.turnsPerSecond) / 10).toFixed(0)}%`;
    console.log(
      `${String(visitors).padStart(8)} | ${num(limit.turnsPerSecond).padStart(13)} |${num(limit.p50)} |${num(limit.p99)} | ${num(kysy.turnsPerSecond).padStart(12)} |${num(kysy.p50)} |${num(kysy.p99)} | ${pct(share(row)).padStart(10)} | ${(kysy.p99 / limit.p99).toFixed(1).padStart(5)}x | ${`${cpu.limit.toFixed(2)}, ${cpu.kysy.toFixed(2)}`.padStart(23)} | ${`${threads.main.toFixed(2)}, ${threads.workers.toFixed(2)}, ${other.toFixed(2)}`.padStart(25)} | ${`${busy(threads.main)}, ${busy(threads.workers)}`.padStart(18)} | ${(Number.isNaN(database.kysy) ? 'in process' : `${database.limit.toFixed(2)}, ${database.kysy.toFixed(2)}`).padStart(19)} | ${kysy.finished} (${kysy.givenUp}, ${kysy.errors})`,
    );
  }
}

/** Each pair's turns/s and ratio in the order run, so the spread behind a row's median is in sight. */
export function printRounds(database: string, rows: Row[]) {
  console.log(`\n${database}: pair by pair (limit, Kysy turns/s: kysy/limit; every other pair Kysy went first)`);
  for (const row of rows) {
    const ratios = pairRatios(row.rounds.limit, row.rounds.kysy);
    const pairs = ratios.map((ratio, i) => `${row.rounds.limit[i]!.toFixed(0)}, ${row.rounds.kysy[i]!.toFixed(0)}: ${pct(ratio)}`).join(' | ');
    const pooledShare = row.kysy.turnsPerSecond / row.limit.turnsPerSecond;
    console.log(`${String(row.visitors).padStart(8)} | ${pairs} | median ${pct(share(row))}, pooled ${pct(pooledShare)}, range ${pct(Math.min(...ratios))}–${pct(Math.max(...ratios))}`);
  }
}

/**
 * Where the tails come from, per row: how late each thread's loop came back (ms: p99/p99.9/max of a
 * 2 ms timer's lateness, stalls.mjs; the worst round's), its garbage collections, the load generator's
 * own loop (its delays are in both servers' latencies), and Kysy's p99 by place in the conversation
 * (`n in tail`: of the row's slowest 1 %).
 */
export function printStalls(database: string, rows: Row[]) {
  console.log(`\n${database}: stalls per row (ms; loop = a 2 ms timer's lateness p99/p99.9/max, the worst round's; GC pauses: count, longest, total)`);
  for (const { visitors, stalls, kysy, limit } of rows) {
    const main = (threads: ThreadStalls[]) => threads.find((t) => t.main);
    const others = stalls.kysy.filter((t) => !t.main);
    console.log(`${String(visitors).padStart(8)} | generator ${showLoop(stalls.generator.limit)} (limit's rounds), ${showLoop(stalls.generator.kysy)} (kysy's)`);
    console.log(`         | limit main: ${showThread(main(stalls.limit))}`);
    console.log(`         | kysy main:  ${showThread(main(stalls.kysy))}`);
    for (const thread of others) console.log(`         | kysy thread ${thread.threadId}: ${showThread(thread)}`);
    const steps = kysy.steps.map((s) => `${s.step} ${s.p50.toFixed(0)}/${s.p99.toFixed(0)} (n ${s.n}, ${s.inTail} in tail)`).join(', ');
    console.log(`         | kysy p50/p99 by place: ${steps}`);
    const early = (f: LoadFigures) => `${f.firstSecond.inTail} of ${Math.ceil(f.turns / 100)} in the rounds' first seconds' ${f.firstSecond.n}`;
    console.log(`         | slowest 1 %: limit ${early(limit)}; kysy ${early(kysy)}`);
  }
}

/** The run's line for a database: the median pair's share at 10 and 50 visitors, the worse p99 ratio of the two rows. */
export function verdict(database: string, rows: Row[]): string {
  const at = (v: number) => rows.find((r) => r.visitors === v);
  const ten = at(10);
  const fifty = at(50);
  const ratios = [ten, fifty].filter((r): r is Row => !!r);
  const p99 = Math.max(...ratios.map((r) => r.kysy.p99 / r.limit.p99));
  const shown = (r: Row | undefined) => (r ? pct(share(r)) : 'n/a');
  return `turns ${database}: ${shown(ten)} of the limit at 10 visitors, ${shown(fifty)} at 50; p99 ${p99.toFixed(1)}x the limit's`;
}
