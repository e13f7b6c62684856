import { readFile, rm } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Preloaded into both servers (see stalls.mjs): each thread's loop delay and GC pauses, reported on SIGUSR2. */
export const STALLS_PRELOAD = new URL('./stalls.mjs', import.meta.url).pathname;

export interface LoopDelay {
  p50: number;
  p99: number;
  p999: number;
  max: number;
  samples: number;
}

interface GcKind {
  count: number;
  totalMs: number;
  maxMs: number;
  over10ms: number;
}

export interface ThreadStalls {
  threadId: number;
  main: boolean;
  loop: LoopDelay;
  gc: Partial<Record<'major' | 'minor' | 'incremental' | 'weakcb' | 'other', GcKind>>;
}

/** The server's threads' figures since the last call (the first call only starts the count). */
export async function stallsOf(signal: (name: NodeJS.Signals) => void, file: string): Promise<ThreadStalls[]> {
  await rm(file, { force: true });
  signal('SIGUSR2');
  // The main thread writes at once and again as each other thread answers; between rows all are idle.
  for (let i = 0; i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text !== null) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      return JSON.parse(await readFile(file, 'utf8')) as ThreadStalls[];
    }
  }
  return [];
}

/** The load generator's own loop: its delays land in every latency it times, the limit's and Kysy's alike. */
export function generatorLoop() {
  const histogram = monitorEventLoopDelay({ resolution: 2 });
  histogram.enable();
  const ms = (ns: number) => Math.max(0, ns / 1e6 - 2);
  return {
    /** Delays since the last call. */
    take(): LoopDelay {
      const seen = { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), p999: ms(histogram.percentile(99.9)), max: ms(histogram.max), samples: histogram.count };
      histogram.reset();
      return seen;
    },
  };
}

/** Loop delays of several rounds as one: each figure the worst round's (percentiles of rounds do not add up), the samples summed. */
export function worstLoop(loops: LoopDelay[]): LoopDelay {
  const worst = (pick: (l: LoopDelay) => number) => Math.max(0, ...loops.map(pick));
  return { p50: worst((l) => l.p50), p99: worst((l) => l.p99), p999: worst((l) => l.p999), max: worst((l) => l.max), samples: loops.reduce((n, l) => n + l.samples, 0) };
}

function addGc(a: GcKind | undefined, b: GcKind): GcKind {
  if (!a) return b;
  return { count: a.count + b.count, totalMs: a.totalMs + b.totalMs, maxMs: Math.max(a.maxMs, b.maxMs), over10ms: a.over10ms + b.over10ms };
}

/** A server's threads over several rounds, thread by thread: the worst round's loop delays, the collections summed. */
export function mergedStalls(rounds: ThreadStalls[][]): ThreadStalls[] {
  const threads = new Map<number, ThreadStalls[]>();
  for (const thread of rounds.flat()) threads.set(thread.threadId, [...(threads.get(thread.threadId) ?? []), thread]);
  return [...threads.values()].map((seen) => {
    const gc: ThreadStalls['gc'] = {};
    for (const [kind, figures] of seen.flatMap((t) => Object.entries(t.gc) as Array<[keyof ThreadStalls['gc'], GcKind]>)) gc[kind] = addGc(gc[kind], figures);
    return { threadId: seen[0]!.threadId, main: seen[0]!.main, loop: worstLoop(seen.map((t) => t.loop)), gc };
  });
}

const f = (n: number | undefined) => (n ?? 0).toFixed(0);

/** `loop p99/p99.9/max ms; GC major n, max, total ms; minor n, total ms` of one thread. */
export function showThread(t: ThreadStalls | undefined): string {
  if (!t) return 'n/a';
  const { major, minor } = t.gc;
  return `loop ${f(t.loop.p99)}/${f(t.loop.p999)}/${f(t.loop.max)}; major ${major?.count ?? 0}×, max ${f(major?.maxMs)}, Σ ${f(major?.totalMs)}; minor ${minor?.count ?? 0}×, max ${f(minor?.maxMs)}, Σ ${f(minor?.totalMs)}`;
}

export function showLoop(l: LoopDelay): string {
  return `loop ${f(l.p99)}/${f(l.p999)}/${f(l.max)}`;
}
