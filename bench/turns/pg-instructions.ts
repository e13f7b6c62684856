import { execFileSync, spawn } from 'node:child_process';
import { chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { postgresBinaries } from '../../test/support/postgres-cluster.js';
import { writeTurns } from './store-turns.js';

/**
 * Instructions the PostgreSQL backend executes per turn of a checkout's store, counted by valgrind's
 * callgrind: `tsx bench/turns/pg-instructions.ts <checkout> [turns]`. Unlike CPU time on a busy
 * shared machine, the count repeats to a tenth of a percent, so a change of a few percent in the
 * turn's SQL or schema shows. One connection writes PG_INSTR_TURNS (400) turns through `runTurn`
 * (store-turns.ts); the WAL they wrote is printed per turn too.
 * The cluster is migrated before valgrind starts; PG_INSTR_KEEP=1 keeps the callgrind file for
 * `callgrind_annotate --inclusive=yes`. Needs valgrind and the PostgreSQL server binaries; as root
 * the server runs as the `postgres` OS user.
 */
const dir = resolve(process.argv[2] ?? '.');
const TURNS = Number(process.argv[3] ?? process.env.PG_INSTR_TURNS ?? 400);

type StoreModule = typeof import('../../adapters/store/index.js');
type DriverModule = typeof import('../../adapters/store/pg-driver.js');

const bin = await postgresBinaries();
if (!bin) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql');
const base = await mkdtemp(join(tmpdir(), 'kysy-pg-instr-'));
const asRoot = userInfo().uid === 0;
const as = (program: string, args: string[]) => (asRoot ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args]) as [string, string[]];
const run = (program: string, args: string[]) => execFileSync(...as(program, args), { stdio: 'ignore' });
if (asRoot) await chown(base, Number(execFileSync('id', ['-u', 'postgres'])), Number(execFileSync('id', ['-g', 'postgres'])));

const data = join(base, 'data');
const port = String(20_000 + Math.floor(Math.random() * 20_000));
const settings = ['-p', port, '-k', base, '-c', 'listen_addresses=127.0.0.1', '-c', 'autovacuum=off'];
const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
const { storeOn } = (await import(join(dir, 'adapters/store/index.ts'))) as StoreModule;
const { openPostgres } = (await import(join(dir, 'adapters/store/pg-driver.ts'))) as DriverModule;
const open = () => storeOn(openPostgres(url, { max: 1, connectTimeoutMs: 600_000 }));
const pgctl = (args: string[]) => run(join(bin, 'pg_ctl'), ['-D', data, ...args]);

let server: ReturnType<typeof spawn> | null = null;
try {
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '--no-instructions']);
  pgctl(['-o', settings.join(' '), '-l', join(base, 'log'), '-w', 'start']);
  await (await open()).close();
  pgctl(['-m', 'fast', '-w', 'stop']);

  server = spawn(...as('valgrind', ['--tool=callgrind', '--trace-children=yes', `--callgrind-out-file=${base}/cg.%p`, join(bin, 'postgres'), '-D', data, ...settings]), { stdio: 'ignore' });
  // Up once it answers (a backend under valgrind takes seconds to start).
  for (let tries = 0; ; tries++) {
    try {
      run(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', port]);
      break;
    } catch (error) {
      if (tries > 600) throw error;
      await new Promise((done) => setTimeout(done, 500));
    }
  }
  const store = await open();
  const walAt = async () => (await store.sql.query<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn'))[0]!.lsn;
  const walBefore = await walAt();
  await writeTurns(store, TURNS);
  const [{ bytes }] = (await store.sql.query<{ bytes: string }>('SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), $1::pg_lsn)::text AS bytes', [walBefore])) as [{ bytes: string }];
  const backends = (await store.sql.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE backend_type = 'client backend'`)).map((row) => String(row.pid));
  await store.close();
  pgctl(['-m', 'fast', '-w', '-t', '600', 'stop']);
  let instructions = 0;
  for (const file of (await readdir(base)).filter((name) => backends.includes(name.slice('cg.'.length)))) {
    const totals = /^(?:totals|summary): (\d+)/m.exec(await readFile(join(base, file), 'utf8'));
    instructions += Number(totals?.[1] ?? NaN);
  }
  console.log(`${dir}: ${TURNS} turns, ${(instructions / TURNS / 1e6).toFixed(3)} M instructions per turn in the client backend, ${Math.round(Number(bytes) / TURNS)} WAL bytes per turn`);
  if (process.env.PG_INSTR_KEEP) console.log(`callgrind files kept in ${base}`);
} finally {
  // A run that failed half-way leaves the server up: stop it (an error here means it is down).
  if (server) {
    try {
      pgctl(['-m', 'immediate', '-w', 'stop']);
    } catch {
      server.kill();
    }
  }
  // valgrind may still be writing an exiting process's file.
  if (!process.env.PG_INSTR_KEEP) await rm(base, { recursive: true, force: true, maxRetries: 10, retryDelay: 500 });
}
