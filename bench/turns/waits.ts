import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { postgresBinaries, startCluster } from '../../test/support/postgres-cluster.js';
import { runLoad } from './load.js';
import { startKysy, startLimit } from './servers.js';
import { kysyTarget, limitTarget } from './targets.js';

/**
 * `npx tsx bench/turns/waits.ts [kysy|limit] [visitors]`: where a server's PostgreSQL connections spend
 * a row's time. Samples pg_stat_activity every few ms during the load and counts each client backend's
 * state and wait event (`active` on CPU, `active Lock:tuple`, `active IO:WALSync`, `idle Client:ClientRead`
 * = the backend waits for the server to send, …). Shares of samples are what matters: on a busy
 * machine a connection idle while the server's main thread has its answer unread shows up as idle.
 * BENCH_WAITS_WARM_UP (conversations, 600), BENCH_WAITS_SECONDS (15).
 */
const which = process.argv[2] ?? 'kysy';
const visitors = Number(process.argv[3] ?? 10);
const WARM_UP = Number(process.env.BENCH_WAITS_WARM_UP ?? 600);
const SECONDS = Number(process.env.BENCH_WAITS_SECONDS ?? 15);

const bin = await postgresBinaries();
if (!bin) throw new Error('no PostgreSQL binaries');
const cluster = await startCluster(bin, { durable: true });
const dataDir = await mkdtemp(join(tmpdir(), 'kysy-bench-waits-'));
const server = which === 'limit' ? await startLimit({ DATABASE_URL: cluster.url }) : await startKysy({ DATABASE_URL: cluster.url, DATA_DIR: dataDir });
const sampler = new pg.Client({ connectionString: cluster.url });
try {
  await sampler.connect();
  const target = which === 'limit' ? limitTarget(server.url) : kysyTarget(server.url);
  await runLoad(target, { visitors: 10, conversations: WARM_UP, seed: 1 });
  const counts = new Map<string, number>();
  const queries = new Map<string, number>();
  const commits = async () => Number((await sampler.query<{ n: string }>('SELECT sum(xact_commit + xact_rollback)::text AS n FROM pg_stat_database')).rows[0]?.n);
  let samples = 0;
  let sampling = true;
  const sample = async () => {
    while (sampling) {
      const { rows } = await sampler.query<{ state: string; wait: string | null; query: string }>(
        `SELECT state, wait_event_type || ':' || wait_event AS wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 70) AS query
           FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      samples += 1;
      for (const { state, wait, query } of rows) {
        const key = `${state} ${wait ?? 'CPU'}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        // What a transaction left open waits on: its last statement.
        if (state !== 'idle') queries.set(`${key} | ${query}`, (queries.get(`${key} | ${query}`) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
  };
  const committedBefore = await commits();
  const sampled = sample();
  if (process.env.PROBE_FILE) server.signal('SIGUSR2');
  const figures = await runLoad(target, { visitors, seconds: SECONDS, seed: visitors });
  if (process.env.PROBE_FILE) server.signal('SIGUSR2');
  sampling = false;
  await sampled;
  const transactions = (await commits()) - committedBefore - samples - 1;
  console.log(`${which} at ${visitors} visitors: ${figures.turnsPerSecond.toFixed(1)} turns/s, p50 ${figures.p50.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms; ${samples} samples; ${(transactions / figures.turns).toFixed(2)} transactions (statements outside one included) per request`);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1])) {
    console.log(`${(n / samples).toFixed(2).padStart(6)} backends avg  ${((n / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }
  for (const [key, n] of [...queries].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${(n / samples).toFixed(3).padStart(7)}  ${key}`);
  for (const s of figures.steps) console.log(`  ${s.step}: n ${s.n} p50 ${s.p50.toFixed(1)} p99 ${s.p99.toFixed(1)} in tail ${s.inTail}`);
} finally {
  await sampler.end().catch(() => undefined);
  await server.stop();
  await cluster.stop();
  await rm(dataDir, { recursive: true, force: true });
}
