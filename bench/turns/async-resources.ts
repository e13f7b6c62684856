import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresBinaries, startCluster } from '../../test/support/postgres-cluster.js';
import { runLoad } from './load.js';
import { startKysy } from './servers.js';
import { kysyTarget } from './targets.js';

/**
 * `npx tsx bench/turns/async-resources.ts [checkout]`: the async resources (promises, nextTick objects,
 * timers, …) Kysy's main thread makes per request (a start or a typed message), by type, on a durable
 * PostgreSQL cluster of its own, at 10 visitors after a warm-up (see async-resources.mjs for why they
 * count). A count, not a time: compare two checkouts run one after the other on any machine.
 * BENCH_ASYNC_STACKS=1 also prints where they are made; BENCH_ASYNC_CONVERSATIONS (200) measured after
 * as many again.
 */
const CONVERSATIONS = Number(process.env.BENCH_ASYNC_CONVERSATIONS ?? 200);
const bin = await postgresBinaries();
if (!bin) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql');
const cluster = await startCluster(bin, { durable: true });
const dir = await mkdtemp(join(tmpdir(), 'kysy-bench-async-'));
const file = join(dir, 'counts.json');
const preload = new URL('./async-resources.mjs', import.meta.url).pathname;
const server = await startKysy({ DATA_DIR: join(dir, 'data'), DATABASE_URL: cluster.url, BENCH_ASYNC_FILE: file }, false, ['--import', preload], process.argv[2]);
const counts = async (): Promise<Record<string, number>> => {
  await rm(file, { force: true });
  server.signal('SIGUSR2');
  for (;;) {
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text) return JSON.parse(text) as Record<string, number>;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
try {
  const target = kysyTarget(server.url);
  await runLoad(target, { visitors: 10, conversations: CONVERSATIONS, seed: 1 });
  const before = await counts();
  const { turns } = await runLoad(target, { visitors: 10, conversations: CONVERSATIONS, seed: 2 });
  const after = await counts();
  console.log(`${turns} requests; per request:`);
  const rows = Object.keys(after)
    .map((key) => [key, (after[key]! - (before[key] ?? 0)) / turns] as const)
    .filter(([, perRequest]) => perRequest >= 0.05)
    .sort((a, b) => b[1] - a[1]);
  for (const [key, perRequest] of rows) console.log(`${perRequest.toFixed(2).padStart(7)}  ${key}`);
} finally {
  await server.stop();
  await cluster.stop();
  await rm(dir, { recursive: true, force: true });
}
