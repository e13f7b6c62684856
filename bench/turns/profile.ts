import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresBinaries, startCluster, type Cluster } from '../../test/support/postgres-cluster.js';
import { runLoad } from './load.js';
import { startKysy } from './servers.js';
import { kysyTarget } from './targets.js';

/**
 * `tsx bench/turns/profile.ts <profile dir> [checkout]`: Kysy on PGlite under --cpu-prof (a profile per
 * thread: main and PGlite's), warmed up by count as bench:turns does, then BENCH_PROFILE_SECONDS (20)
 * at BENCH_PROFILE_VISITORS (10). The warm-up is in the profiles too: read their last seconds.
 * BENCH_PROFILE_DB=pg: on a durable PostgreSQL cluster of its own instead (one profile: the main thread).
 */
const [out, dir] = process.argv.slice(2);
if (!out) throw new Error('usage: tsx bench/turns/profile.ts <profile dir> [checkout]');
const dataDir = await mkdtemp(join(tmpdir(), 'kysy-bench-profile-'));
let cluster: Cluster | undefined;
if (process.env.BENCH_PROFILE_DB === 'pg') {
  const bin = await postgresBinaries();
  if (!bin) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql');
  cluster = await startCluster(bin, { durable: true });
}
const database: Record<string, string> = cluster ? { DATABASE_URL: cluster.url } : {};
const server = await startKysy({ DATA_DIR: dataDir, ...database }, false, ['--cpu-prof', `--cpu-prof-dir=${out}`], dir);
try {
  const target = kysyTarget(server.url);
  await runLoad(target, { visitors: 10, conversations: Number(process.env.BENCH_WARM_UP_CONVERSATIONS ?? 1_250), seconds: 120, seed: 1 });
  const started = Date.now();
  const figures = await runLoad(target, { visitors: Number(process.env.BENCH_PROFILE_VISITORS ?? 10), seconds: Number(process.env.BENCH_PROFILE_SECONDS ?? 20), seed: 2 });
  console.log(JSON.stringify({ measuredFromMs: started, ...figures }));
} finally {
  await server.stop();
  await cluster?.stop();
  await rm(dataDir, { recursive: true, force: true });
}
