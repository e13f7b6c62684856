import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresBinaries, startCluster } from '../test/support/postgres-cluster.js';
import { startKysy } from './turns/servers.js';

/**
 * `npm run bench [names…]`: first the server as `npm start` runs it, timed to /readyz on a fresh data
 * directory and again on the same one (a restart); then every bench/*.ts script (turns against the
 * durable-write limit, store, understanding, LLM…), each as its own process printing its own figures.
 * Names pick sections: `npm run bench -- startup turns`.
 * Targets: /readyz within 10 s on a fresh clone, within 3 s on an existing data directory (the median
 * of BENCH_RESTARTS restarts, 5), on PGlite and, when its server binaries are here, on PostgreSQL.
 */
const FRESH_TARGET_MS = 10_000;
const RESTART_TARGET_MS = 3_000;
/** Restarts per database: one start on a busy machine says little, the median of a few more. */
const RESTARTS = Number(process.env.BENCH_RESTARTS ?? 5);
const ROOT = new URL('../', import.meta.url).pathname;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const within = (ms: number, target: number) => `${ms.toFixed(0)} ms, ${ms <= target ? 'within' : 'OVER'} the ${target} ms target`;

/** The first start on a fresh data directory, then RESTARTS starts on the same one: their times to /readyz 200. */
async function startTimes(env: Record<string, string>): Promise<{ fresh: number; again: number[] }> {
  const fresh = await startKysy(env);
  await fresh.stop();
  const again: number[] = [];
  for (let i = 0; i < RESTARTS; i++) {
    const server = await startKysy(env);
    await server.stop();
    again.push(server.startupMs);
  }
  return { fresh: fresh.startupMs, again };
}

async function startupSection() {
  const dataDir = await mkdtemp(join(tmpdir(), 'kysy-bench-'));
  const bin = await postgresBinaries();
  const cluster = bin ? await startCluster(bin, { durable: true }) : null;
  try {
    const lite = await startTimes({ DATA_DIR: dataDir });
    console.log(`startup (npm start, PGlite) to /readyz 200: fresh data dir ${within(lite.fresh, FRESH_TARGET_MS)}; existing data dir ${within(median(lite.again), RESTART_TARGET_MS)} (median of ${lite.again.map((ms) => ms.toFixed(0)).join(', ')})`);
    if (!cluster) return console.log('startup (npm start, PostgreSQL): server binaries not found under /usr/lib/postgresql — skipped');
    const pg = await startTimes({ DATA_DIR: await mkdtemp(join(dataDir, 'pg-')), DATABASE_URL: cluster.url });
    console.log(`startup (npm start, PostgreSQL) to /readyz 200: new database ${within(pg.fresh, FRESH_TARGET_MS)}; existing database ${within(median(pg.again), RESTART_TARGET_MS)} (median of ${pg.again.map((ms) => ms.toFixed(0)).join(', ')})`);
  } finally {
    await cluster?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** A bench script, run as its own process so each measures on a quiet runtime. */
function runScript(file: string): Promise<number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', join('bench', file)], { cwd: ROOT, stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

const wanted = process.argv.slice(2);
const picked = (name: string) => wanted.length === 0 || wanted.includes(name);
let failed = false;
if (picked('startup')) await startupSection();
const scripts = (await readdir(join(ROOT, 'bench'))).filter((f) => f.endsWith('.ts') && f !== 'run.ts').sort();
for (const file of scripts) {
  if (!picked(file.replace(/\.ts$/, ''))) continue;
  console.log(`\n== bench/${file}`);
  if ((await runScript(file)) !== 0) failed = true;
}
if (failed) process.exitCode = 1;
