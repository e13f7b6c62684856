import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { postgresBinaries, startCluster } from '../test/support/postgres-cluster.js';
import { benchTurns, type TurnFigures } from './turns.js';

/**
 * `npm run bench [names…]`: first the server as `npm start` runs it (a child process, fresh data),
 * timed to /readyz, then 1,000 visitor turns through HTTP on loopback, on PGlite and on PostgreSQL;
 * then every other bench/*.ts script (store, understanding, LLM…), each printing its own figures.
 * Names pick sections: `npm run bench -- http store`.
 * Targets: /readyz within 10 s of start on a fresh clone; turn p99 well under a second.
 */
const TURNS = Number(process.env.BENCH_TURNS ?? 1000);
/** One visitor at a time gives the turn's own latency; eight at once show queueing and throughput. */
const CONCURRENCY = [1, 8];
const STARTUP_TARGET_MS = 10_000;
const ROOT = new URL('../', import.meta.url).pathname;

interface Server {
  url: string;
  startupMs: number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '1000000', ADMIN_TOKEN: 'bench-admin-token-0123456789abcdef', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const res = await fetch(`${url}/readyz`).catch(() => null);
    if (res?.status === 200) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    url,
    startupMs: performance.now() - started,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

type Row = { database: string; startupMs: number; concurrency: number } & TurnFigures;

async function measure(database: string, env: Record<string, string>): Promise<Row[]> {
  console.log(`${database}: starting the server…`);
  const server = await startServer({ LOG_LEVEL: 'warn', ...env });
  console.log(`${database}: /readyz 200 after ${server.startupMs.toFixed(0)} ms; ${TURNS} turns at ${CONCURRENCY.join(' and ')} visitors at a time…`);
  try {
    // A few conversations first, so module loading and query planning are not counted.
    await benchTurns(server.url, 30, 2);
    const rows: Row[] = [];
    for (const concurrency of CONCURRENCY) {
      rows.push({ database, startupMs: server.startupMs, concurrency, ...(await benchTurns(server.url, TURNS, concurrency)) });
    }
    return rows;
  } finally {
    await server.stop();
  }
}

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(9);

function print(rows: Row[]) {
  console.log(`\nturn latency: ${TURNS} visitor turns per row, POST /messages through HTTP on loopback\n`);
  console.log('database    | startup ms | visitors |  turns | convs |    p50 ms |    p99 ms |   mean ms |    max ms |   turns/s');
  console.log('------------|------------|----------|--------|-------|-----------|-----------|-----------|-----------|----------');
  for (const r of rows) {
    console.log(
      `${r.database.padEnd(11)} | ${fmt(r.startupMs, 0).padStart(10)} | ${String(r.concurrency).padStart(8)} | ${String(r.turns).padStart(6)} | ${String(r.conversations).padStart(5)} |${fmt(r.p50)} |${fmt(r.p99)} |${fmt(r.mean)} |${fmt(r.max)} |${fmt(r.turnsPerSecond)}`,
    );
  }
  const pglite = rows.find((r) => r.database === 'PGlite');
  if (pglite) {
    const verdict = pglite.startupMs <= STARTUP_TARGET_MS ? 'within' : 'OVER';
    console.log(`\nfresh start (npm start on an empty DATA_DIR, PGlite) to /readyz 200: ${pglite.startupMs.toFixed(0)} ms, ${verdict} the ${STARTUP_TARGET_MS} ms target`);
  }
}

async function httpSection() {
  const rows: Row[] = [];
  const dataDir = await mkdtemp(join(tmpdir(), 'kysy-bench-'));
  try {
    rows.push(...(await measure('PGlite', { DATA_DIR: dataDir })));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  const bin = await postgresBinaries();
  if (bin) {
    const cluster = await startCluster(bin, { durable: true });
    const pgData = await mkdtemp(join(tmpdir(), 'kysy-bench-'));
    try {
      rows.push(...(await measure('PostgreSQL', { DATABASE_URL: cluster.url, DATA_DIR: pgData })));
    } finally {
      await cluster.stop();
      await rm(pgData, { recursive: true, force: true });
    }
  } else {
    console.log('PostgreSQL server binaries not found under /usr/lib/postgresql: PostgreSQL row skipped');
  }
  print(rows);
}

/** Another bench script, run as its own process so each measures on a quiet runtime. */
function runScript(file: string): Promise<number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', join('bench', file)], { cwd: ROOT, stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

const wanted = process.argv.slice(2);
const picked = (name: string) => wanted.length === 0 || wanted.includes(name);
let failed = false;
if (picked('http')) await httpSection();
const others = (await readdir(join(ROOT, 'bench'))).filter((f) => f.endsWith('.ts') && !['run.ts', 'turns.ts'].includes(f)).sort();
for (const file of others) {
  if (!picked(file.replace(/\.ts$/, ''))) continue;
  console.log(`\n== bench/${file}`);
  if ((await runScript(file)) !== 0) failed = true;
}
if (failed) process.exitCode = 1;
