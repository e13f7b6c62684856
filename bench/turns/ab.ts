import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoad } from './load.js';
import { type Server, startKysy } from './servers.js';
import { kysyTarget } from './targets.js';

/**
 * `tsx bench/turns/ab.ts <checkout A> <checkout B>`: CPU per answered request of two Kysy checkouts
 * on PGlite, run at the same time so that a busy machine's neighbours hit both alike (throughput on a
 * shared 2-core machine is noise; CPU time per request is not). Each server warms up by count as
 * bench:turns does, then BENCH_AB_ROUNDS rounds of BENCH_AB_SECONDS at BENCH_AB_VISITORS (10,50)
 * visitors, both under load together; each round prints a pair: ms per request of the main thread,
 * of the worker threads (PGlite's and understanding's, together) and of the whole process. Each checkout needs its node_modules.
 */
const [dirA, dirB] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: tsx bench/turns/ab.ts <checkout A> <checkout B>');
const ROUNDS = Number(process.env.BENCH_AB_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_AB_SECONDS ?? 15);
const VISITORS = (process.env.BENCH_AB_VISITORS ?? '10,50').split(',').map(Number);
const WARM_UP = Number(process.env.BENCH_WARM_UP_CONVERSATIONS ?? 1_250);

interface Side {
  name: string;
  server: Server;
  dataDir: string;
}

async function open(name: string, dir: string): Promise<Side> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kysy-bench-ab-'));
  const server = await startKysy({ DATA_DIR: dataDir }, false, [], dir);
  return { name, server, dataDir };
}

/** Load on `side` for `seconds` at `visitors`, with its CPU ms per answered request. */
async function measured(side: Side, visitors: number, seconds: number, seed: number) {
  const [cpu, threads] = [await side.server.cpuMs(), await side.server.threadCpuMs()];
  const figures = await runLoad(kysyTarget(side.server.url), { visitors, seconds, seed });
  const [cpuAfter, threadsAfter] = [await side.server.cpuMs(), await side.server.threadCpuMs()];
  const per = (ms: number) => ms / Math.max(1, figures.turns);
  return { figures, main: per(threadsAfter.main - threads.main), worker: per(threadsAfter.workers - threads.workers), all: per(cpuAfter - cpu) };
}

const sides: Side[] = [];
try {
  sides.push(await open('A', dirA), await open('B', dirB));
  await Promise.all(sides.map((side) => runLoad(kysyTarget(side.server.url), { visitors: 10, conversations: WARM_UP, seconds: 120, seed: 1 })));
  console.log('round visitors | A main, worker, all ms/req (req/s) | B main, worker, all ms/req (req/s) | B/A worker, main | load generator ms/req');
  for (let round = 1; round <= ROUNDS; round++) {
    for (const visitors of VISITORS) {
      const client = process.cpuUsage();
      const [a, b] = await Promise.all(sides.map((side) => measured(side, visitors, SECONDS, round * 100 + visitors)));
      const { user, system } = process.cpuUsage(client);
      // The load generator's own CPU per request (both sides' load runs in this process).
      const clientMs = (user + system) / 1000 / Math.max(1, a!.figures.turns + b!.figures.turns);
      const show = (m: NonNullable<typeof a>) => `${m.main.toFixed(2)}, ${m.worker.toFixed(2)}, ${m.all.toFixed(2)} (${m.figures.turnsPerSecond.toFixed(0)})`;
      console.log(`${String(round).padStart(5)} ${String(visitors).padStart(8)} | ${show(a!)} | ${show(b!)} | ${(b!.worker / a!.worker).toFixed(2)}, ${(b!.main / a!.main).toFixed(2)} | client ${clientMs.toFixed(2)}`);
    }
  }
} finally {
  for (const side of sides) {
    await side.server.stop();
    await rm(side.dataDir, { recursive: true, force: true });
  }
}
