import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeTurns } from './store-turns.js';

/**
 * `tsx bench/turns/pglite-ab.ts <checkout A> <checkout B>`: CPU of PGlite's thread per store turn of
 * two checkouts, in one process without HTTP or understanding: each checkout's store opens its own
 * PGlite thread, and rounds of PGLITE_AB_TURNS (400) turns (store-turns.ts) alternate between them,
 * the order swapped every round, after a warm-up of as many. The thread's CPU time comes from
 * /proc/<pid>/task/<tid>/schedstat (nanoseconds); each round prints ms per turn of each and B/A.
 * PGLITE_AB_ROUNDS (6) rounds. Each checkout needs its node_modules.
 */
type StoreModule = typeof import('../../adapters/store/index.js');

if (!process.env.BENCH_THREADS_FILE) {
  // Worker threads name themselves only when thread-cpu.mjs is preloaded (node preloads into every thread).
  const dir = await mkdtemp(join(tmpdir(), 'kysy-pglite-ab-'));
  const preload = new URL('./thread-cpu.mjs', import.meta.url).pathname;
  const { status } = spawnSync(process.execPath, ['--import', preload, '--import', 'tsx', ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_THREADS_FILE: join(dir, 'tids') },
  });
  await rm(dir, { recursive: true, force: true });
  process.exit(status ?? 1);
}

const [dirA, dirB] = process.argv.slice(2).map((dir) => resolve(dir));
if (!dirA || !dirB) throw new Error('usage: tsx bench/turns/pglite-ab.ts <checkout A> <checkout B>');
const TURNS = Number(process.env.PGLITE_AB_TURNS ?? 400);
const ROUNDS = Number(process.env.PGLITE_AB_ROUNDS ?? 6);
const threadsFile = process.env.BENCH_THREADS_FILE;

const tids = async () => (await readFile(threadsFile, 'utf8').catch(() => '')).split('\n').filter(Boolean);
const cpuNs = async (tid: string) => Number((await readFile(`/proc/${process.pid}/task/${tid}/schedstat`, 'utf8')).split(' ')[0]);

async function open(dir: string) {
  const dataDir = await mkdtemp(join(tmpdir(), 'kysy-pglite-ab-data-'));
  const before = await tids();
  const { openStore } = (await import(join(dir, 'adapters/store/index.ts'))) as StoreModule;
  const store = await openStore({ dataDir });
  const tid = (await tids()).find((t) => !before.includes(t));
  if (!tid) throw new Error(`no PGlite thread of its own for ${dir}`);
  await writeTurns(store, TURNS);
  return { dir, dataDir, store, tid };
}

const sides = [await open(dirA), await open(dirB)];
try {
  console.log('round | A ms/turn | B ms/turn | B/A (PGlite thread CPU)');
  for (let round = 1; round <= ROUNDS; round++) {
    const ms: number[] = [];
    for (const side of round % 2 ? sides : [...sides].reverse()) {
      const start = await cpuNs(side.tid);
      await writeTurns(side.store, TURNS);
      ms[sides.indexOf(side)] = ((await cpuNs(side.tid)) - start) / 1e6 / TURNS;
    }
    console.log(`${round} | ${ms[0]!.toFixed(3)} | ${ms[1]!.toFixed(3)} | ${(ms[1]! / ms[0]!).toFixed(3)}`);
  }
} finally {
  for (const side of sides) {
    await side.store.close();
    await rm(side.dataDir, { recursive: true, force: true });
  }
}
