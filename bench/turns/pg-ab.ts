import { appendFile, copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { postgresBinaries, startCluster, type Cluster } from '../../test/support/postgres-cluster.js';
import { runLoad } from './load.js';
import { postgresCpuMs } from './pg-cpu.js';
import { startKysy, type Server } from './servers.js';
import { kysyTarget } from './targets.js';

/**
 * PostgreSQL's CPU per Kysy turn, two checkouts side by side: `tsx bench/turns/pg-ab.ts <dirA> <dirB>`.
 * Each checkout gets a durable cluster of its own (with pg_stat_statements) and runs the same load at
 * the same time, so a busy machine's neighbours hit both alike; each round prints, per checkout, the
 * cluster's CPU ms per request (all its processes, from /proc), Kysy's (and its main thread's), and the statements, WAL bytes,
 * heap-only updates and buffer hits per request; at the end each one's busiest statements.
 * PG_AB_ROUNDS (4) rounds of PG_AB_SECONDS (20) at PG_AB_VISITORS (10), after PG_AB_WARM_UP (2000)
 * conversations each. PG_AB_ENV_A, PG_AB_ENV_B: environment of that side's Kysy as JSON (say
 * '{"UNDERSTANDING_THREADS":"0"}'), to compare two settings of one checkout.
 */
const [dirA, dirB] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: tsx bench/turns/pg-ab.ts <checkout A> <checkout B>');
const ROUNDS = Number(process.env.PG_AB_ROUNDS ?? 4);
const SECONDS = Number(process.env.PG_AB_SECONDS ?? 20);
const VISITORS = Number(process.env.PG_AB_VISITORS ?? 10);
/**
 * After 600 conversations V8 was still recompiling the hottest functions (the turn's write, understand,
 * findHits: each optimised build meets an array of another shape and is thrown away, ~0.5 s of CPU a
 * build): its compiler threads took 0.2-0.3 ms per request (~18 % of Kysy's CPU; 0.06 ms after 2000),
 * and Kysy's CPU per request was ~1.3x what it is after 2000 (bench:turns has served ~1950 when its
 * 10-visitor row starts). A change that moves those shapes showed up as a difference in compiling,
 * not in the turn.
 */
const WARM_UP = Number(process.env.PG_AB_WARM_UP ?? 2000);
/** Seconds of no load between rounds (0): bench:turns leaves Kysy idle while the limit runs its row. */
const PAUSE = Number(process.env.PG_AB_PAUSE ?? 0);
/** A share of statements (say 0.01) whose plans, with timings, buffers, WAL and triggers, are logged by auto_explain; copied to PG_AB_EXPLAIN_DIR. */
const EXPLAIN = Number(process.env.PG_AB_EXPLAIN ?? 0);

interface Side {
  name: string;
  cluster: Cluster;
  port: string;
  pool: pg.Pool;
  kysy: Server;
}

/** CPU ms so far of each client backend of the cluster on `port` (from /proc; a backend's title is `postgres: <user> <db> …`). */
async function backendsCpu(port: string): Promise<Map<string, number>> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const titles = await Promise.all(pids.map((pid) => readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')));
  const postmaster = pids.find((_, i) => titles[i]!.split('\0').some((arg, j, args) => arg === `-p ${port}` || (arg === '-p' && args[j + 1] === port)));
  const cpu = new Map<string, number>();
  for (const [i, pid] of pids.entries()) {
    if (!titles[i]!.startsWith('postgres: postgres ')) continue;
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields && fields[1] === postmaster) cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
  }
  return cpu;
}

/** CPU of the backends alive at the end since `before` (a backend that ended in between is not counted: the pools keep theirs). */
function backendsDelta(before: Map<string, number>, after: Map<string, number>): number {
  let ms = 0;
  for (const [pid, cpu] of after) ms += cpu - (before.get(pid) ?? 0);
  return ms;
}

/** Counters of the whole cluster, read with one query. */
const COUNTERS = `
SELECT (SELECT sum(calls) FROM pg_stat_statements)::float AS statements,
       (SELECT wal_bytes FROM pg_stat_wal)::float AS wal_bytes,
       (SELECT wal_fpi FROM pg_stat_wal)::float AS wal_fpi,
       (SELECT sum(n_tup_upd) FROM pg_stat_user_tables)::float AS updates,
       (SELECT sum(n_tup_hot_upd) FROM pg_stat_user_tables)::float AS hot,
       (SELECT sum(blks_hit + blks_read) FROM pg_stat_database)::float AS blocks,
       (SELECT sum(sessions) FROM pg_stat_database)::float AS sessions`;
type Counters = Record<'statements' | 'wal_bytes' | 'wal_fpi' | 'updates' | 'hot' | 'blocks' | 'sessions', number>;

async function side(name: string, dir: string, bin: string, dataDir: string): Promise<Side> {
  const cluster = await startCluster(bin, { durable: true });
  clusters.push(cluster);
  // Settings of preloaded libraries are unknown to ALTER SYSTEM until loaded: into the config file they go.
  const admin = new pg.Client(cluster.url);
  await admin.connect();
  const { rows } = await admin.query<{ dir: string }>(`SELECT current_setting('data_directory') AS dir`);
  await admin.end();
  const settings: Record<string, string | number> = { shared_preload_libraries: `'pg_stat_statements${EXPLAIN > 0 ? ', auto_explain' : ''}'`, 'pg_stat_statements.track_planning': 'on' };
  if (EXPLAIN > 0) {
    const explain = { log_min_duration: 0, log_analyze: 'on', log_buffers: 'on', log_wal: 'on', log_triggers: 'on', log_nested_statements: 'on', sample_rate: EXPLAIN };
    for (const [name, value] of Object.entries(explain)) settings[`auto_explain.${name}`] = value;
  }
  await appendFile(join(rows[0]!.dir, 'postgresql.conf'), Object.entries(settings).map(([name, value]) => `${name} = ${value}\n`).join(''));
  await cluster.pause();
  await cluster.resume();
  const pool = new pg.Pool({ connectionString: cluster.url, max: 1 });
  pool.on('error', () => undefined);
  await pool.query('CREATE EXTENSION pg_stat_statements');
  process.env.BENCH_KYSY_DIR = dir;
  const env = JSON.parse(process.env[`PG_AB_ENV_${name}`] ?? '{}') as Record<string, string>;
  const kysy = await startKysy({ DATABASE_URL: cluster.url, DATA_DIR: dataDir, ...env });
  const port = new URL(cluster.url).port;
  console.log(`${name}: ${dir} on PostgreSQL port ${port}${Object.keys(env).length ? ` with ${JSON.stringify(env)}` : ''}`);
  return { name, cluster, port, pool, kysy };
}

/** Every cluster started, stopped at the end even when a side failed to start. */
const clusters: Cluster[] = [];

const counters = async (s: Side) => (await s.pool.query<Counters>(COUNTERS)).rows[0]!;

async function round(sides: Side[], seed: number) {
  const sample = (s: Side) =>
    Promise.all([postgresCpuMs(s.port), backendsCpu(s.port), s.kysy.cpuMs(), s.kysy.threadCpuMs(), counters(s)]).then(([db, backends, kysy, threads, c]) => ({ db, backends, kysy, main: threads.main, c }));
  const before = await Promise.all(sides.map(sample));
  const loads = await Promise.all(sides.map((s) => runLoad(kysyTarget(s.kysy.url), { visitors: VISITORS, seconds: SECONDS, seed })));
  const after = await Promise.all(sides.map(sample));
  const cells = sides.map((s, i) => {
    const n = Math.max(1, loads[i]!.turns);
    const per = (k: keyof Counters) => (after[i]!.c[k] - before[i]!.c[k]) / n;
    const updates = after[i]!.c.updates - before[i]!.c.updates;
    const hot = after[i]!.c.hot - before[i]!.c.hot;
    // The counters' own queries (two per round) are in the statements: negligible against thousands of requests.
    return `${s.name}: ${n} req, pg ${((after[i]!.db - before[i]!.db) / n).toFixed(3)} ms/req (backends ${(backendsDelta(before[i]!.backends, after[i]!.backends) / n).toFixed(3)}), kysy ${((after[i]!.kysy - before[i]!.kysy) / n).toFixed(2)} ms/req (main thread ${((after[i]!.main - before[i]!.main) / n).toFixed(2)}), stmts ${per('statements').toFixed(2)}, WAL ${per('wal_bytes').toFixed(0)} B (fpi ${per('wal_fpi').toFixed(3)}), blocks ${per('blocks').toFixed(1)}, HOT ${updates ? ((hot / updates) * 100).toFixed(0) : '-'}%, connections opened ${after[i]!.c.sessions - before[i]!.c.sessions}`;
  });
  console.log(`round ${seed}: ${cells.join(' | ')}`);
}

async function topStatements(s: Side) {
  const { rows } = await s.pool.query(`
    SELECT calls, round((total_exec_time / greatest(calls, 1))::numeric, 3) AS exec_ms, round((total_plan_time / greatest(calls, 1))::numeric, 3) AS plan_ms, plans,
           round(rows::numeric / greatest(calls, 1), 2) AS rows, round(wal_bytes / greatest(calls, 1)) AS wal_b, round((shared_blks_hit + shared_blks_read)::numeric / greatest(calls, 1), 1) AS blks,
           regexp_replace(left(query, 90), '\\s+', ' ', 'g') AS query
    FROM pg_stat_statements ORDER BY total_exec_time + total_plan_time DESC LIMIT 10`);
  console.log(`\n${s.name}: busiest statements since the first round`);
  console.table(rows);
  const tables = await s.pool.query(`
    SELECT relname, n_tup_ins AS ins, n_tup_upd AS upd, n_tup_hot_upd AS hot, idx_scan, seq_scan, pg_size_pretty(pg_total_relation_size(relid)) AS size,
           pg_size_pretty(coalesce(pg_total_relation_size(nullif((SELECT reltoastrelid FROM pg_class WHERE oid = relid), 0)), 0)) AS toast
    FROM pg_stat_user_tables WHERE n_tup_ins + n_tup_upd > 0 ORDER BY n_tup_ins + n_tup_upd DESC`);
  console.table(tables.rows);
  const state = await s.pool.query(`
    SELECT round(avg(pg_column_size(state))) AS stored, round(avg(octet_length(state::text))) AS text, max(octet_length(state::text)) AS max_text,
           round(avg(pg_column_size(c.*))) AS row FROM conversations c`);
  console.log(`${s.name}: conversations.state bytes`, state.rows[0]);
}

const bin = await postgresBinaries();
if (!bin) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql');
const temps = [await mkdtemp(join(tmpdir(), 'kysy-pgab-')), await mkdtemp(join(tmpdir(), 'kysy-pgab-'))];
const sides: Side[] = [];
try {
  // One at a time: a side that fails to start leaves the other in `sides`, to be stopped below.
  sides.push(await side('A', dirA, bin, temps[0]!));
  sides.push(await side('B', dirB, bin, temps[1]!));
  await Promise.all(sides.map((s) => runLoad(kysyTarget(s.kysy.url), { visitors: VISITORS, conversations: WARM_UP, seed: 1 })));
  await Promise.all(sides.map((s) => s.pool.query('SELECT pg_stat_statements_reset()')));
  for (let r = 1; r <= ROUNDS; r++) {
    // A pause as long as a pool's idle timeout, as between bench:turns rows: connections may close.
    if (r > 1 && PAUSE > 0) await new Promise((resolve) => setTimeout(resolve, PAUSE * 1000));
    await round(sides, 100 + r);
  }
  for (const s of sides) await topStatements(s);
  if (EXPLAIN > 0) {
    for (const s of sides) {
      const { rows } = await s.pool.query<{ dir: string }>(`SELECT current_setting('data_directory') AS dir`);
      const to = join(process.env.PG_AB_EXPLAIN_DIR ?? tmpdir(), `kysy-pgab-explain-${s.name}.log`);
      await copyFile(join(dirname(rows[0]!.dir), 'log'), to);
      console.log(`${s.name}: plans logged in ${to}`);
    }
  }
} finally {
  for (const s of sides) {
    await s.kysy.stop();
    await s.pool.end();
  }
  for (const cluster of clusters) await cluster.stop();
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
}
